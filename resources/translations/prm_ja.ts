<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../prm_desktop/views/about_dialog.py" line="26"/>
        <source>About PRM Desktop</source>
        <translation>PRM Desktop について</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/about_dialog.py" line="27"/>
        <source>PRM Desktop helps channel managers follow every partner company: who sells, how far onboarding got, and what to do next.</source>
        <translation>PRM Desktop は、パートナー企業ごとに「誰が売っているか」「オンボーディングはどこまで進んだか」「次に何をすべきか」を追いかけるための、パートナーマネージャー向けアプリです。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/about_dialog.py" line="37"/>
        <source>Log file: %1</source>
        <translation>ログファイル：%1</translation>
    </message>
</context>
<context>
    <name>ActivityTab</name>
    <message>
        <location filename="../../prm_desktop/views/tabs/activity_tab.py" line="35"/>
        <source>No activity of this kind.</source>
        <translation>この種別の活動はありません。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/activity_tab.py" line="37"/>
        <source>No activity yet: import the partner portal&apos;s log (File → Import CSV or Excel, or drop the file on the window).</source>
        <translation>活動はまだありません。パートナーポータルのログを取り込んでください（ファイル → CSV・Excel を取り込む、またはファイルをウィンドウにドロップ）。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/activity_tab.py" line="45"/>
        <source>All kinds</source>
        <translation>すべての種別</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/views/tabs/activity_tab.py" line="63"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>活動 %Ln 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/dialogs.py" line="45"/>
        <source>New PRACT Assessment</source>
        <translation>PRACT診断の新規登録</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/dialogs.py" line="53"/>
        <source>&amp;Assessed by</source>
        <translation>評価者(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/dialogs.py" line="54"/>
        <source>&amp;Date</source>
        <translation>日付(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/dialogs.py" line="56"/>
        <source>Scores: 0 = not at all … 5 = fully</source>
        <translation>スコア：0 = まったくできていない … 5 = 十分にできている</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/dialogs.py" line="79"/>
        <source>Comments: what was said, what to work on…</source>
        <translation>コメント：話した内容、取り組むべきこと…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/dialogs.py" line="95"/>
        <source>Total: &lt;b&gt;%1&lt;/b&gt;/25 — &lt;span style=&apos;color:%2&apos;&gt;%3&lt;/span&gt;</source>
        <translation>合計：&lt;b&gt;%1&lt;/b&gt;/25 — &lt;span style=&apos;color:%2&apos;&gt;%3&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>AssessmentHistoryModel</name>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="719"/>
        <source>Date</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="723"/>
        <source>Assessor</source>
        <translation>評価者</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="731"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="737"/>
        <source>Band</source>
        <translation>判定</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="741"/>
        <source>Comments</source>
        <translation>コメント</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../prm_desktop/views/safety/backups_dialog.py" line="41"/>
        <source>Opened</source>
        <translation>開いたとき</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/backups_dialog.py" line="42"/>
        <source>Every 30 minutes</source>
        <translation>30分ごと</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/backups_dialog.py" line="43"/>
        <source>Before an import</source>
        <translation>インポート前</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/backups_dialog.py" line="44"/>
        <source>Before a schema upgrade</source>
        <translation>スキーマ更新前</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/backups_dialog.py" line="45"/>
        <source>Before a restore</source>
        <translation>復元前</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/backups_dialog.py" line="46"/>
        <source>Backed up by hand</source>
        <translation>手動バックアップ</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/backups_dialog.py" line="47"/>
        <source>On closing</source>
        <translation>終了時</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/backups_dialog.py" line="59"/>
        <source>Date</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/backups_dialog.py" line="64"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/backups_dialog.py" line="68"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/backups_dialog.py" line="77"/>
        <source>Partners</source>
        <translation>パートナー</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/backups_dialog.py" line="83"/>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/backups_dialog.py" line="173"/>
        <location filename="../../prm_desktop/views/safety/backups_dialog.py" line="252"/>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/backups_dialog.py" line="176"/>
        <source>Backups of %1, kept in %2</source>
        <translation>%1 のバックアップ（保存先：%2）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/backups_dialog.py" line="183"/>
        <source>A backup is made when the database is opened, every 30 minutes while it changes, and before every import, schema upgrade and restore; each one is checked before it counts. Kept: the last %1 of today, then one a day for %2 days, one a week for %3 weeks and one a month for %4 months.</source>
        <translation>バックアップは、データベースを開いたとき、変更がある間は30分ごと、そしてインポート・スキーマ更新・復元の前に作成され、検査に合格したものだけが保存されます。保存数：今日の分は最新の%1件、その後は1日1件を%2日分、1週1件を%3週分、1か月1件を%4か月分。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/backups_dialog.py" line="194"/>
        <source>There is no backup of this database yet.</source>
        <translation>このデータベースのバックアップはまだありません。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/backups_dialog.py" line="195"/>
        <source>&amp;Restore…</source>
        <translation>復元(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/backups_dialog.py" line="196"/>
        <source>&amp;Back Up Now</source>
        <translation>今すぐバックアップ(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/backups_dialog.py" line="197"/>
        <source>Open &amp;Folder</source>
        <translation>フォルダーを開く(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/backups_dialog.py" line="221"/>
        <source>Restore Backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/backups_dialog.py" line="224"/>
        <source>Replace the database with the backup from %1 (%2 partners, %3 events)?

The database as it is now is backed up first, so you can go back to it from this list.</source>
        <translation>データベースを %1 のバックアップ（パートナー %2 社、イベント %3 件）で置き換えますか？

現在のデータベースは先にバックアップされるので、この一覧からいつでも戻せます。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/backups_dialog.py" line="250"/>
        <source>Backing up…</source>
        <translation>バックアップ中…</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../prm_desktop/views/dashboard/charts.py" line="169"/>
        <source>No data yet</source>
        <translation>まだデータがありません</translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message>
        <location filename="../../prm_desktop/views/reports/dialogs.py" line="123"/>
        <source>Export QBRs for All Active Partners</source>
        <translation>有効な全パートナーのQBRを出力</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/dialogs.py" line="133"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/dialogs.py" line="138"/>
        <source>&amp;Folder</source>
        <translation>フォルダー(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/dialogs.py" line="148"/>
        <source>&amp;Export</source>
        <translation>出力(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/dialogs.py" line="165"/>
        <source>Folder for the QBRs</source>
        <translation>QBRの保存先フォルダー</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/dialogs.py" line="180"/>
        <source>Choose a folder first.</source>
        <translation>先にフォルダーを選んでください。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/dialogs.py" line="206"/>
        <source>Exporting…</source>
        <translation>出力しています…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/dialogs.py" line="212"/>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/dialogs.py" line="229"/>
        <source>%1 of %2 partners done</source>
        <translation>%2 社中 %1 社完了</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/views/reports/dialogs.py" line="233"/>
        <source>%n QBR(s) written to %1.</source>
        <translation>
            <numerusform>%n 件のQBRを %1 に出力しました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/dialogs.py" line="238"/>
        <source>These failed:</source>
        <translation>次のパートナーは失敗しました:</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/dialogs.py" line="242"/>
        <source>The export failed: %1</source>
        <translation>出力に失敗しました：%1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/dialogs.py" line="246"/>
        <source>Cancelled. The QBRs written before cancelling were kept; no file is left half-written.</source>
        <translation>キャンセルしました。キャンセル前に出力したQBRは残っています（書きかけのファイルは残りません）。</translation>
    </message>
</context>
<context>
    <name>ChecklistTableModel</name>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="78"/>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="83"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="88"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="93"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="107"/>
        <source>Overdue</source>
        <translation>期限切れ</translation>
    </message>
</context>
<context>
    <name>ClaimCompareModel</name>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="322"/>
        <source>Partner</source>
        <extracomment>The rows of the side-by-side comparison, in order.</extracomment>
        <translation>パートナー</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="323"/>
        <source>Registered by</source>
        <translation>登録者</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="324"/>
        <source>End customer (as typed)</source>
        <translation>顧客名（入力どおり）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="325"/>
        <source>Corporate number</source>
        <translation>法人番号</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="326"/>
        <source>Deal</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="327"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="328"/>
        <source>Registered</source>
        <translation>登録日</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="329"/>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="330"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="331"/>
        <source>Decision</source>
        <translation>判断日・理由</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="332"/>
        <source>Source</source>
        <translation>登録元</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="361"/>
        <source>Claim %1</source>
        <translation>登録 %1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="364"/>
        <source> (first)</source>
        <translation>（先行）</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="915"/>
        <source>Measure</source>
        <translation>指標</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="919"/>
        <source>90 days before</source>
        <translation>実施前90日</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="924"/>
        <source>90 days after</source>
        <translation>実施後90日</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="1019"/>
        <source>Won amount (JPY)</source>
        <translation>受注金額（円）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="1032"/>
        <source>Journey steps reached</source>
        <translation>到達したステップ</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="1036"/>
        <source>Lead → deal conversion</source>
        <translation>リード→案件化率</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="1040"/>
        <source>Top person&apos;s share of deals</source>
        <translation>最多担当者の案件シェア</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="1044"/>
        <source>Logged in (retention)</source>
        <translation>ログインあり（継続利用）</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../../prm_desktop/views/partner_kpis.py" line="37"/>
        <source>Last 90 days</source>
        <translation>直近90日</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_kpis.py" line="41"/>
        <source>This partner</source>
        <translation>このパートナー</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_kpis.py" line="46"/>
        <source>Programme median</source>
        <translation>全体の中央値</translation>
    </message>
</context>
<context>
    <name>ConflictGroupModel</name>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="246"/>
        <source>First registered</source>
        <translation>最初の登録日</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="251"/>
        <source>End customer</source>
        <translation>顧客名</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="255"/>
        <source>Matched on</source>
        <translation>一致の根拠</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="259"/>
        <source>Partners</source>
        <translation>パートナー</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="263"/>
        <source>Claims</source>
        <translation>登録数</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="159"/>
        <source>Looking for conflicts…</source>
        <translation>コンフリクトを確認しています…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="169"/>
        <source>Could not look for conflicts: %1</source>
        <translation>コンフリクトを確認できませんでした：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="195"/>
        <source>%n unresolved conflict(s)</source>
        <translation>
            <numerusform>未解決のコンフリクト %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="197"/>
        <source>No unresolved conflicts.</source>
        <translation>未解決のコンフリクトはありません。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="221"/>
        <source>Claim %1 (%2) ↔ claim %3 (%4) — matched on %5</source>
        <translation>登録 %1（%2）↔ 登録 %3（%4）— 一致：%5</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="265"/>
        <source>Resolve conflict over %1</source>
        <translation>%1 のコンフリクトを解決</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="284"/>
        <source>Decision</source>
        <translation>判断</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="285"/>
        <source>&amp;Pair</source>
        <translation>組み合わせ(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="290"/>
        <source>&amp;Reason</source>
        <translation>理由(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="287"/>
        <source>Keep the first claim</source>
        <translation>先の登録を優先</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="288"/>
        <source>Keep the second claim</source>
        <translation>後の登録を優先</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="289"/>
        <source>Both are legitimate</source>
        <translation>両方とも正当</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="292"/>
        <source>Why, in a sentence both partners would accept</source>
        <translation>両パートナーが納得できる理由を一文で</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="293"/>
        <source>&amp;Resolve</source>
        <translation>解決(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="294"/>
        <source>Open &amp;Partner</source>
        <translation>パートナーを開く(&amp;P)</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="26"/>
        <source>Cannot open database {path}: the file is damaged or is not a PRM database ({reason}). Nothing was changed; to restore it from a backup, start PRM Desktop with this file or run prm restore.</source>
        <translation>データベース {path} を開けません。ファイルが破損しているか、PRMのデータベースではありません（{reason}）。何も変更していません。バックアップから復元するには、このファイルでPRM Desktopを起動するか、prm restore を実行してください。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="32"/>
        <source>Cannot open database {path} now: another program is writing to it (a large import from the command line, for example) and kept it locked for more than {seconds} seconds. Nothing was changed; try again when it has finished.</source>
        <translation>データベース {path} を今は開けません。別のプログラム（コマンドラインからの大量インポートなど）が書き込み中で、{seconds} 秒を超えてロックしています。何も変更していません。書き込みが終わってからもう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="38"/>
        <source>{path} holds a write that was interrupted (the -journal file beside it). Undoing it needs write access to the file and its folder. Nothing was changed; open it once where it can be written.</source>
        <translation>{path} には中断された書き込みが残っています（横にある -journal ファイル）。元に戻すには、このファイルとフォルダーへの書き込み権限が必要です。何も変更していません。書き込みできる場所で一度開いてください。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="44"/>
        <source>{path} does not exist.</source>
        <translation>{path} は存在しません。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="45"/>
        <source>{path} is read-only and uses an older schema ({current}). Copy it to a folder you can write to and open the copy.</source>
        <translation>{path} は読み取り専用で、古いスキーマ（{current}）です。書き込めるフォルダーにコピーし、そのコピーを開いてください。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="50"/>
        <source>This database is open read-only ({reason}). Nothing was saved; copy the file to a folder you can write to to change it.</source>
        <translation>このデータベースは読み取り専用で開いています（{reason}）。保存されていません。変更するには、書き込めるフォルダーにファイルをコピーしてください。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="55"/>
        <source>Another window or program kept this database busy for more than {seconds} seconds. Nothing was saved; try again in a moment.</source>
        <translation>別のウィンドウまたはプログラムが {seconds} 秒以上このデータベースを使用中でした。保存されていません。少し待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="60"/>
        <source>This database is on a PostgreSQL server: back it up with the server&apos;s own tools (pg_dump, or the backups your administrator runs). PRM Desktop backs up SQLite files.</source>
        <translation>このデータベースはPostgreSQLサーバー上にあります。サーバー側の仕組み（pg_dump や管理者が運用するバックアップ）でバックアップしてください。PRM Desktop がバックアップするのはSQLiteファイルです。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="65"/>
        <source>The backup copy of {path} failed its check ({reason}); it was discarded.</source>
        <translation>{path} のバックアップは検査に不合格だったため破棄しました（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="69"/>
        <source>{path} could not be backed up because it is damaged ({reason}).</source>
        <translation>{path} は破損しているためバックアップできませんでした（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="72"/>
        <source>{path} could not be backed up now: another program is writing to it and kept it locked for more than {seconds} seconds. Nothing was changed; try again when it has finished.</source>
        <translation>{path} を今はバックアップできません。別のプログラムが書き込み中で、{seconds} 秒を超えてロックしています。何も変更していません。書き込みが終わってからもう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="78"/>
        <source>{path} could not be restored now: another program is writing to it and kept it locked for more than {seconds} seconds. Nothing was changed; try again when it has finished.</source>
        <translation>{path} を今は復元できません。別のプログラムが書き込み中で、{seconds} 秒を超えてロックしています。何も変更していません。書き込みが終わってからもう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="84"/>
        <source>{path} already exists; choose another file name.</source>
        <translation>{path} はすでに存在します。別のファイル名を選んでください。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="87"/>
        <source>{path} is not a usable backup ({reason}).</source>
        <translation>{path} は使用できるバックアップではありません（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="90"/>
        <source>The backup and the database are the same file.</source>
        <translation>バックアップとデータベースが同じファイルです。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="93"/>
        <source>There is no good backup of {path} to restore.</source>
        <translation>{path} の復元に使える正常なバックアップがありません。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="96"/>
        <source>The database is in a folder synced by {service} ({folder}). Sync services copy the file while PRM Desktop writes to it and can leave a damaged or conflicting copy; keep the database in a local folder (it is backed up automatically).</source>
        <translation>データベースが {service} の同期フォルダー（{folder}）にあります。同期サービスはPRM Desktop の書き込み中にもファイルをコピーするため、破損や競合したコピーが残ることがあります。データベースはローカルのフォルダーに置いてください（自動でバックアップされます）。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="102"/>
        <source>The database is on a network drive ({detail}). File locking over a network is unreliable and two people writing at once can damage the file; keep it on a local disk, or use a PostgreSQL server for a team.</source>
        <translation>データベースがネットワークドライブ上にあります（{detail}）。ネットワーク越しのファイルロックは信頼できず、2人が同時に書き込むとファイルが破損することがあります。ローカルディスクに置くか、チームではPostgreSQLサーバーを使ってください。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="108"/>
        <source>the file is read-only</source>
        <translation>ファイルが読み取り専用です</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="111"/>
        <source>it was opened read-only on request</source>
        <translation>読み取り専用で開くよう指定されました</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="114"/>
        <source>the folder is read-only, and SQLite needs to create its journal files beside the file</source>
        <translation>フォルダーが読み取り専用で、SQLiteがファイルの横にジャーナルファイルを作成できません</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="118"/>
        <source>SQLite integrity check: {detail}</source>
        <translation>SQLite整合性チェック：{detail}</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="121"/>
        <source>The file cannot be read as a database: {detail}</source>
        <translation>ファイルをデータベースとして読み込めません：{detail}</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="124"/>
        <source>{table} row {rowid} refers to {parent} {value}, which does not exist</source>
        <translation>{table} の行 {rowid} が存在しない {parent} {value} を参照しています</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="127"/>
        <source>{table} row {rowid} belongs to partner {partner}, which does not exist</source>
        <translation>{table} の行 {rowid} の所属パートナー {partner} が存在しません</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="130"/>
        <source>{table} row {rowid} of partner {partner} names person {person}, who belongs to partner {other}</source>
        <translation>パートナー {partner} の {table} の行 {rowid} が、パートナー {other} に所属する担当者 {person} を指しています</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="135"/>
        <source>{table} row {rowid} names person {person}, who does not exist</source>
        <translation>{table} の行 {rowid} が存在しない担当者 {person} を指しています</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="138"/>
        <source>Event {rowid} names content {content}, which does not exist</source>
        <translation>イベント {rowid} が存在しない資料 {content} を指しています</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="141"/>
        <source>Action item {rowid} belongs to partner {partner} but its 1on1 {meeting} belongs to partner {other}</source>
        <translation>アクションアイテム {rowid} はパートナー {partner} のものですが、その1on1 {meeting} はパートナー {other} のものです</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="146"/>
        <source>1on1 {meeting} of partner {partner} lists person {person} of partner {other} as an attendee</source>
        <translation>パートナー {partner} の1on1 {meeting} の参加者に、パートナー {other} の担当者 {person} が含まれています</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="151"/>
        <source>Action item {rowid} has status {status} but done date {done_on}</source>
        <translation>アクションアイテム {rowid} の状態は {status} ですが、完了日は {done_on} です</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="154"/>
        <source>{count} onboarding templates are marked as the default</source>
        <translation>{count} 件のオンボーディングテンプレートが既定に設定されています</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="157"/>
        <source>The schema version {revision} is unknown to this version of PRM Desktop</source>
        <translation>スキーマバージョン {revision} はこのバージョンのPRM Desktopでは不明です</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="160"/>
        <source>The schema version is {revision}; opening the file upgrades it to {head}</source>
        <translation>スキーマバージョンは {revision} です。ファイルを開くと {head} に更新されます</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="163"/>
        <source>The check {name} could not run: {detail}</source>
        <translation>検査 {name} を実行できませんでした：{detail}</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="167"/>
        <source>{label} must not be empty.</source>
        <translation>{label}を入力してください。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="170"/>
        <source>{label} is too long ({length} characters, at most {limit}).</source>
        <translation>{label}が長すぎます（{length} 文字、上限 {limit} 文字）。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="173"/>
        <source>Email &quot;{value}&quot; is malformed (expected name@example.co.jp).</source>
        <translation>メールアドレス「{value}」の形式が正しくありません（例：name@example.co.jp）。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="176"/>
        <source>Phone &quot;{value}&quot; is malformed (digits, spaces, +, -, parentheses only).</source>
        <translation>電話番号「{value}」の形式が正しくありません（数字・空白・+・-・括弧だけを使えます）。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="179"/>
        <source>{label} &quot;{value}&quot; is not one of: {options}.</source>
        <translation>{label}「{value}」は使えません。使える値：{options}。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="182"/>
        <source>{end} ({end_date}) is before {start} ({start_date}).</source>
        <translation>{end}（{end_date}）が{start}（{start_date}）より前になっています。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="185"/>
        <source>{label} score {value} is out of range (0–5).</source>
        <translation>{label}のスコア {value} は範囲外です（0〜5）。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="188"/>
        <source>{what} was changed or deleted by someone else while saving. Nothing was saved; reload to see the current values.</source>
        <translation>保存中に{what}がほかの人に変更または削除されました。保存していません。再読み込みして最新の内容を確認してください。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="193"/>
        <source>{what} could not be saved: {detail}</source>
        <translation>{what}を保存できませんでした：{detail}</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="196"/>
        <source>{label} no longer exists (it may have been deleted elsewhere).</source>
        <translation>{label}はもう存在しません（ほかの場所で削除された可能性があります）。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="199"/>
        <source> ({changes})</source>
        <translation>（{changes}）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="200"/>
        <source>{field}: {old} → {new}</source>
        <translation>{field}：{old} → {new}</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="201"/>
        <source>(empty)</source>
        <translation>（空欄）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="202"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="203"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="204"/>
        <source>; </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="205"/>
        <source>{label} was changed by someone else since you opened it{detail}. Nothing was saved; reload to see the new values and apply your edit again.</source>
        <translation>開いたあとに{label}がほかの人に変更されました{detail}。保存していません。再読み込みして最新の内容を確認し、もう一度編集してください。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="210"/>
        <source>The 1on1</source>
        <translation>1on1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="211"/>
        <source>The 1on1 of {date}</source>
        <translation>{date} の 1on1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="212"/>
        <source>The action item</source>
        <translation>アクション</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="213"/>
        <source>The assessment</source>
        <translation>診断</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="214"/>
        <source>The checklist item</source>
        <translation>オンボーディング項目</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="217"/>
        <source>The checklist</source>
        <translation>オンボーディングのチェックリスト</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="218"/>
        <source>The conflict resolution</source>
        <translation>コンフリクトの解決</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="221"/>
        <source>The deal registration</source>
        <translation>案件登録</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="224"/>
        <source>The goal</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="225"/>
        <source>The intervention</source>
        <translation>施策</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="228"/>
        <source>The partner</source>
        <translation>パートナー</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="229"/>
        <source>The person</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="230"/>
        <source>The playbook entry</source>
        <translation>プレイブックの項目</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="233"/>
        <source>The point rules</source>
        <translation>ポイントのルール</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="234"/>
        <source>The setting</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="235"/>
        <source>The snooze</source>
        <translation>スヌーズ</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="236"/>
        <source>The template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="237"/>
        <source>The thresholds</source>
        <translation>しきい値</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="238"/>
        <source>The tier ladder</source>
        <translation>ランクの段階</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="239"/>
        <source>Partner &quot;{name}&quot;</source>
        <translation>パートナー「{name}」</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="240"/>
        <source>Person &quot;{name}&quot;</source>
        <translation>担当者「{name}」</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="241"/>
        <source>Deal registration &quot;{name}&quot;</source>
        <translation>案件登録「{name}」</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="244"/>
        <source>Action item &quot;{name}&quot;</source>
        <translation>アクション「{name}」</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="247"/>
        <source>Checklist item &quot;{name}&quot;</source>
        <translation>オンボーディング項目「{name}」</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="250"/>
        <source>Template &quot;{name}&quot;</source>
        <translation>テンプレート「{name}」</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="251"/>
        <source>A partner named &quot;{name}&quot; already exists.</source>
        <translation>「{name}」という名前のパートナーはすでに登録されています。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="254"/>
        <source>Code &quot;{code}&quot; is already used by {other}.</source>
        <translation>コード「{code}」はすでに「{other}」が使用しています。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="257"/>
        <source>{label} {date} is in the future.</source>
        <translation>{label}に未来の日付（{date}）は指定できません。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="260"/>
        <source>Amount {value} must be zero or more (JPY).</source>
        <translation>金額 {value} は 0 円以上にしてください。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="263"/>
        <source>Target {value} must be greater than zero.</source>
        <translation>目標値 {value} は 0 より大きくしてください。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="266"/>
        <source>Give a reason for rejecting the registration.</source>
        <translation>却下の理由を入力してください。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="269"/>
        <source>Decision date {date} is before the registered date ({registered}).</source>
        <translation>判断日（{date}）が登録日（{registered}）より前です。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="272"/>
        <source>The decision of {date} would be before the registered date.</source>
        <translation>{date} の判断が登録日より前になってしまいます。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="275"/>
        <source>{label} expired on {date}; extend its expiry date before approving it.</source>
        <translation>{label}は {date} に期限切れになっています。承認する前に有効期限を延長してください。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="278"/>
        <source>{partner} already has an onboarding checklist.</source>
        <translation>「{partner}」にはすでにオンボーディングのチェックリストがあります。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="281"/>
        <source>No onboarding checklist template found; create one in Settings first.</source>
        <translation>オンボーディングのテンプレートがありません。先に設定で作成してください。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="284"/>
        <source>Both registrations belong to the same partner: that is a duplicate, not a conflict.</source>
        <translation>2 件とも同じパートナーの登録です。コンフリクトではなく重複登録です。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="288"/>
        <source>This conflict has already been resolved.</source>
        <translation>このコンフリクトは解決済みです。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="291"/>
        <source>The registering person must belong to the partner.</source>
        <translation>登録者はそのパートナーの担当者から選んでください。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="294"/>
        <source>The goal&apos;s person must belong to this partner.</source>
        <translation>目標の担当者はこのパートナーの担当者から選んでください。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="297"/>
        <source>The person does not belong to this partner.</source>
        <translation>この担当者はこのパートナーに所属していません。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="300"/>
        <source>Corporate number &quot;{value}&quot; must contain only digits, spaces and hyphens.</source>
        <translation>法人番号「{value}」には数字・空白・ハイフンだけを使ってください。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="303"/>
        <source>Corporate number &quot;{value}&quot; has {digits} digits, not {length}.</source>
        <translation>法人番号「{value}」は {digits} 桁です（{length} 桁が必要です）。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="306"/>
        <source>Corporate number &quot;{value}&quot; fails its check digit (first digit {first}, expected {expected}).</source>
        <translation>法人番号「{value}」のチェックデジットが合いません（先頭の数字 {first}、正しくは {expected}）。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="311"/>
        <source>Status &quot;{status}&quot; is not a decision; one of: {options}.</source>
        <translation>ステータス「{status}」は判断として指定できません。使える値：{options}。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="314"/>
        <source>{label} is {status}; only a registration that is {allowed} can become {target}.</source>
        <translation>{label}は「{status}」です。「{target}」にできるのは{allowed}の登録だけです。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="318"/>
        <source>A conflict needs two different registrations.</source>
        <translation>コンフリクトには異なる 2 件の登録が必要です。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="321"/>
        <source>Validity {value} must be a whole number of days, 1–{max}.</source>
        <translation>既定の有効日数 {value} は 1〜{max} の整数で指定してください。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="324"/>
        <source>Attendees must be persons of this partner.</source>
        <translation>出席者はこのパートナーの担当者から選んでください。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="327"/>
        <source>There is no default onboarding template.</source>
        <translation>既定のオンボーディングテンプレートがありません。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="330"/>
        <source>A template needs at least one step.</source>
        <translation>テンプレートには少なくとも 1 つのステップが必要です。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="333"/>
        <source>Step {n} ({title}): days after contract must be 0–3650, not {value}.</source>
        <translation>ステップ {n}（{title}）：契約後の日数は 0〜3650 で指定してください（{value} は使えません）。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="336"/>
        <source>Comments are too long (at most {limit} characters).</source>
        <translation>コメントが長すぎます（{limit} 文字まで）。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="339"/>
        <source>{value} is not a signal key.</source>
        <translation>{value} はシグナルのキーではありません。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="342"/>
        <source>{value} is not a signal subject.</source>
        <translation>{value} はシグナルの対象ではありません。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="345"/>
        <source>A signal subject needs its signal key.</source>
        <translation>シグナルの対象にはシグナルのキーが必要です。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="348"/>
        <source>Snooze for 1–{max} whole days, got {value}.</source>
        <translation>スヌーズは 1〜{max} 日の整数で指定してください（{value} が指定されました）。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="351"/>
        <source>This intervention answers no signal: choose the signal it should be offered for.</source>
        <translation>この施策はどのシグナルにも紐づいていません。提案先のシグナルを選んでください。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="355"/>
        <source>There are two rules for {kind}.</source>
        <translation>{kind} のルールが 2 つあります。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="358"/>
        <source>Points for {kind} must be a number 0–{max}, got {value}.</source>
        <translation>{kind} のポイントは 0〜{max} の数値で指定してください（{value} が指定されました）。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="361"/>
        <source>Yen per point for {kind} must be a whole number of yen ≥ 1, or empty.</source>
        <translation>{kind} の「1ポイントあたりの金額」は 1 円以上の整数か、空欄にしてください。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="364"/>
        <source>The tier ladder needs at least one tier.</source>
        <translation>ランクは少なくとも 1 つ必要です。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="367"/>
        <source>Two tiers are called &quot;{name}&quot;.</source>
        <translation>「{name}」という名前のランクが 2 つあります。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="370"/>
        <source>Minimum points of &quot;{name}&quot; must be a whole number ≥ 0, got {value}.</source>
        <translation>「{name}」の必要ポイントは 0 以上の整数で指定してください（{value} が指定されました）。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="373"/>
        <source>Two tiers start at {floor} points.</source>
        <translation>{floor} ポイントから始まるランクが 2 つあります。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="376"/>
        <source>The point rules were changed by someone else since you opened them. Nothing was saved; reopen the settings to see the new rules.</source>
        <translation>開いたあとにポイントのルールがほかの人に変更されました。保存していません。設定を開き直して新しいルールを確認してください。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="381"/>
        <source>The tiers were changed by someone else since you opened them. Nothing was saved; reopen the settings to see the new tiers.</source>
        <translation>開いたあとにランクがほかの人に変更されました。保存していません。設定を開き直して新しいランクを確認してください。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="386"/>
        <source>submitted</source>
        <translation>申請中</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="387"/>
        <source>approved</source>
        <translation>承認</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="388"/>
        <source>rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="389"/>
        <source>won</source>
        <translation>受注</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="390"/>
        <source>lost</source>
        <translation>失注</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="391"/>
        <source>submitted</source>
        <comment>the status a decision may start from</comment>
        <translation>「申請中」</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="394"/>
        <source>approved</source>
        <comment>the status a decision may start from</comment>
        <translation>「承認」</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="397"/>
        <source>submitted or approved</source>
        <translation>「申請中」または「承認」</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="400"/>
        <source>Registered date</source>
        <translation>登録日</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="401"/>
        <source>Decision date</source>
        <translation>判断日</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="402"/>
        <source>Done date</source>
        <translation>完了日</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="403"/>
        <source>Assessment date</source>
        <translation>診断日</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="404"/>
        <source>Meeting date</source>
        <translation>1on1 の日付</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="405"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="406"/>
        <source>Contract date</source>
        <translation>契約日</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="407"/>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="408"/>
        <source>Key person</source>
        <translation>キーマン</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="409"/>
        <source>Action item</source>
        <translation>アクション</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="410"/>
        <source>Action taken</source>
        <translation>実施した施策</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="411"/>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="412"/>
        <source>Assessor</source>
        <translation>評価者</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="413"/>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="414"/>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="415"/>
        <source>Deal</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="416"/>
        <source>End customer</source>
        <translation>顧客名</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="417"/>
        <source>Event kind</source>
        <translation>イベント種別</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="418"/>
        <source>Industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="419"/>
        <source>Japanese title</source>
        <translation>日本語のタイトル</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="420"/>
        <source>Metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="421"/>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="422"/>
        <source>PRACT phase</source>
        <translation>PRACT フェーズ</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="423"/>
        <source>Partner name</source>
        <translation>社名</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="424"/>
        <source>Partner type</source>
        <translation>パートナー種別</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="425"/>
        <source>Person name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="426"/>
        <source>Reading</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="427"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="428"/>
        <source>The reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="429"/>
        <source>Resolution</source>
        <translation>解決方法</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="430"/>
        <source>Role</source>
        <translation>役職</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="431"/>
        <source>Side</source>
        <translation>担当側</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="432"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="433"/>
        <source>Territory</source>
        <translation>地域</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="434"/>
        <source>Tier name</source>
        <translation>ランク名</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="435"/>
        <source>Tier</source>
        <translation>ランク</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="436"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="437"/>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="438"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="439"/>
        <source>The expiry date</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="440"/>
        <source>the registered date</source>
        <translation>登録日</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="443"/>
        <source>The period end</source>
        <translation>期間の終了日</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="444"/>
        <source>the period start</source>
        <translation>期間の開始日</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="445"/>
        <source>the meeting date</source>
        <translation>1on1 の日付</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="446"/>
        <source>Due date of &quot;{title}&quot;</source>
        <translation>「{title}」の期限</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="449"/>
        <source>Step {n} title</source>
        <translation>ステップ {n}（英語）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="450"/>
        <source>Perception</source>
        <translation>認識</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="451"/>
        <source>Readiness</source>
        <translation>準備</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="452"/>
        <source>Activate</source>
        <translation>動機付け</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="453"/>
        <source>Collaboration</source>
        <translation>協働</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="454"/>
        <source>Trust</source>
        <translation>信頼関係</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="455"/>
        <source>Owner</source>
        <comment>a partner&apos;s manager</comment>
        <translation>担当マネージャー</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="458"/>
        <source>Status</source>
        <comment>a partner&apos;s status</comment>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="137"/>
        <source>Computing…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="235"/>
        <source>As of</source>
        <translation>基準日</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="236"/>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="237"/>
        <source>Type</source>
        <translation>種別</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="238"/>
        <source>Tier</source>
        <translation>ランク</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="239"/>
        <source>Territory</source>
        <translation>地域</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="240"/>
        <source>Owner</source>
        <translation>担当マネージャー</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="248"/>
        <source>This month</source>
        <translation>今月</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="249"/>
        <source>Last month</source>
        <translation>先月</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="250"/>
        <source>This quarter</source>
        <translation>今四半期</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="251"/>
        <source>Last 90 days</source>
        <translation>直近90日</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="252"/>
        <source>Year to date</source>
        <translation>年初来</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="277"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="320"/>
        <source>As of %1 · %2 – %3</source>
        <translation>基準日 %1 · 期間 %2 – %3</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="328"/>
        <source>Registered partners</source>
        <translation>登録パートナー数</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="329"/>
        <source>Activation rate</source>
        <translation>アクティベーション率</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="330"/>
        <source>Deals per activated partner</source>
        <translation>活性パートナーあたり案件数</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="331"/>
        <source>Retention (90 days)</source>
        <translation>継続利用率（90日）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="332"/>
        <source>Downloads per partner</source>
        <translation>パートナーあたり資料DL数</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="344"/>
        <source>Partner journey (click a bar: partners who stopped there)</source>
        <translation>パートナージャーニー（棒をクリック：そこで止まったパートナー）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="351"/>
        <source>%1: %2 partners, %3 of registered, %4 of the previous step</source>
        <translation>%1：%2 社、登録比 %3、前ステップ比 %4</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="361"/>
        <source>Phases</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="368"/>
        <source>Deal registrations per month (label: activated partners)</source>
        <translation>月別の案件登録数（棒の上の数：活性パートナー数）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="375"/>
        <source>%1: %2 deal registrations by %3 partners</source>
        <translation>%1:%3 社による案件登録 %2 件</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="384"/>
        <source>Downloads by material (red: unused)</source>
        <translation>資料別ダウンロード数（赤：未使用）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="389"/>
        <source>unused</source>
        <translation>未使用</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="394"/>
        <source>Leads vs deals per person</source>
        <translation>担当者別 リード数と案件数</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="395"/>
        <source>Leads</source>
        <translation>リード</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="395"/>
        <source>Deals</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="401"/>
        <source>%1 (%2): %3 leads, %4 deals, conversion %5</source>
        <translation>%1（%2）：リード %3 件、案件 %4 件、案件化率 %5</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="413"/>
        <source>Retention rate over time</source>
        <translation>継続利用率の推移</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="422"/>
        <source>Cohorts: share with a login k months after joining</source>
        <translation>コホート：登録月別・経過月数ごとのログイン率</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="439"/>
        <source>%1 but not %2</source>
        <translation>%1 済み・%2 なし</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="447"/>
        <source>Phase: %1</source>
        <translation>フェーズ：%1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="453"/>
        <source>Downloaded %1</source>
        <translation>%1 をダウンロード</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="460"/>
        <source>Registered a deal in %1</source>
        <translation>%1 に案件登録</translation>
    </message>
</context>
<context>
    <name>DealLabels</name>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="32"/>
        <source>Submitted</source>
        <translation>申請中</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="33"/>
        <source>Approved</source>
        <translation>承認</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="34"/>
        <source>Rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="35"/>
        <source>Won</source>
        <translation>受注</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="36"/>
        <source>Lost</source>
        <translation>失注</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="37"/>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="38"/>
        <source>Open (submitted or approved)</source>
        <translation>有効（申請中または承認）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="45"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="46"/>
        <source>Corporate number</source>
        <translation>法人番号</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="53"/>
        <source>Typed in the app</source>
        <translation>アプリで入力</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="55"/>
        <source>Demo data</source>
        <translation>デモデータ</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="59"/>
        <source>%1, row %2</source>
        <translation>%1 の %2 行目</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="73"/>
        <source>%1 (%2 days left)</source>
        <translation>%1（残り %2 日）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="75"/>
        <source>%1 (1 day left)</source>
        <translation>%1（残り 1 日）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="77"/>
        <source>%1 (last day)</source>
        <translation>%1（本日まで）</translation>
    </message>
</context>
<context>
    <name>DealsFeature</name>
    <message>
        <location filename="../../prm_desktop/views/deals/__init__.py" line="22"/>
        <source>Deals</source>
        <translation>案件登録</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/__init__.py" line="26"/>
        <source>Deal registrations</source>
        <translation>案件登録</translation>
    </message>
</context>
<context>
    <name>DealsView</name>
    <message>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="430"/>
        <source>Registrations</source>
        <translation>登録一覧</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="434"/>
        <source>Conflicts (%1)</source>
        <translation>コンフリクト（%1）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="434"/>
        <source>Conflicts</source>
        <translation>コンフリクト</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../prm_desktop/views/deals/decision_dialog.py" line="23"/>
        <source>Approve Registration</source>
        <translation>案件登録の承認</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/decision_dialog.py" line="24"/>
        <source>Reject Registration</source>
        <translation>案件登録の却下</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/decision_dialog.py" line="25"/>
        <source>Record Deal Won</source>
        <translation>受注を記録</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/decision_dialog.py" line="26"/>
        <source>Record Deal Lost</source>
        <translation>失注を記録</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/decision_dialog.py" line="41"/>
        <source>%1 — %2 for %3 (registered %4, now %5)</source>
        <translation>%1 — %3 向け %2（登録日 %4、現在：%5）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/decision_dialog.py" line="52"/>
        <source>Why? Required to reject; shown to whoever reads the history.</source>
        <translation>理由（却下には必須。履歴を見る人に表示されます）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/decision_dialog.py" line="54"/>
        <source>Why? (optional)</source>
        <translation>理由（任意）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/decision_dialog.py" line="58"/>
        <source>&amp;Reason</source>
        <translation>理由(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/decision_dialog.py" line="59"/>
        <source>&amp;Decision date</source>
        <translation>判断日(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/decision_dialog.py" line="87"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>DemoSetup</name>
    <message>
        <location filename="../../prm_desktop/demo_setup.py" line="49"/>
        <source>Creating demo data (200 partners, 24 months)…</source>
        <translation>デモデータを作成しています（パートナー200社・24か月分）…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/demo_setup.py" line="50"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>DiagnosisFeature</name>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/__init__.py" line="47"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/__init__.py" line="55"/>
        <source>Learn</source>
        <translation>振り返り</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/__init__.py" line="61"/>
        <source>PRACT</source>
        <translation>PRACT</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/__init__.py" line="73"/>
        <source>Signals, Points and &amp;Tiers…</source>
        <translation>シグナル・ポイント・ランク(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>DiagnosisPlurals</name>
    <message numerus="yes">
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="398"/>
        <source>first training completed %1 days ago (%n training(s)), no proposal since</source>
        <translation>
            <numerusform>初回研修修了は%1日前（研修%n件）、その後の提案なし</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="402"/>
        <source>%n onboarding step(s) overdue; oldest “%1”, due %2 (%3 days ago)</source>
        <translation>
            <numerusform>オンボーディング%n項目が期限切れ。最も古いのは「%1」、期限%2（%3日前）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="406"/>
        <source>%n action item(s) past due (%1 ours, %2 the partner&apos;s); oldest “%3”, due %4 (%5 days ago)</source>
        <translation>
            <numerusform>アクションアイテム%n件が期限切れ（自社%1件、パートナー%2件）。最も古いのは「%3」、期限%4（%5日前）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="414"/>
        <source>%n training(s)</source>
        <translation>
            <numerusform>研修%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="415"/>
        <source>%n deal(s) registered</source>
        <translation>
            <numerusform>案件登録%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="416"/>
        <source>%n deal(s) won</source>
        <translation>
            <numerusform>受注%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="417"/>
        <source>%n lead(s)</source>
        <translation>
            <numerusform>リード%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="418"/>
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>提案%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="419"/>
        <source>%n download(s)</source>
        <translation>
            <numerusform>資料DL %n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="420"/>
        <source>%n login(s)</source>
        <translation>
            <numerusform>ログイン%n回</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiagnosisSettings</name>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="47"/>
        <source>Days after registration without a download</source>
        <translation>登録後、資料DLがないまま経過した日数</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="50"/>
        <source>Days after the first download without a deal</source>
        <translation>初回DL後、案件登録がないまま経過した日数</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="53"/>
        <source>Days after training without a proposal</source>
        <translation>研修修了後、提案がないまま経過した日数</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="56"/>
        <source>Recent window (days)</source>
        <translation>直近の期間（日）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="59"/>
        <source>Baseline window before it (days)</source>
        <translation>比較する直前の期間（日）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="62"/>
        <source>Fires below this share of the baseline average (%)</source>
        <translation>比較期間の平均に対してこの割合（%）未満で検知</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="65"/>
        <source>Registered at least (days)</source>
        <translation>登録からの経過日数（以上）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="68"/>
        <source>No login within (days)</source>
        <translation>ログインがない期間（日）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="71"/>
        <source>One person&apos;s share of the deals at least (%)</source>
        <translation>一人が占める案件シェア（%以上）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="74"/>
        <source>Persons at the partner at least</source>
        <translation>パートナーの担当者数（以上）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="77"/>
        <source>Deals in the window at least</source>
        <translation>期間内の案件数（以上）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="80"/>
        <source>Deals counted over (days)</source>
        <translation>案件を数える期間（日）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="83"/>
        <source>Leads of the person at least</source>
        <translation>担当者のリード数（以上）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="86"/>
        <source>Fires below this share of the programme median (%)</source>
        <translation>プログラム中央値に対してこの割合（%）未満で検知</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="89"/>
        <source>Leads and deals counted over (days)</source>
        <translation>リードと案件を数える期間（日）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="92"/>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="98"/>
        <source>Days of grace after the due date</source>
        <translation>期限後の猶予日数</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="95"/>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="101"/>
        <source>High severity when late by (days)</source>
        <translation>この日数を超えて遅れたら重要度「高」</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="104"/>
        <source>Fires when the registration expires within (days)</source>
        <translation>登録の有効期限までの日数（この日数以内で検知）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="107"/>
        <source>An intervention handles its signal for (days)</source>
        <translation>施策を記録したシグナルを対応済みとする期間（日）</translation>
    </message>
</context>
<context>
    <name>DiagnosisSettingsDialog</name>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="126"/>
        <source>Signals, Points and Tiers</source>
        <translation>シグナル・ポイント・ランク</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="132"/>
        <source>Signals</source>
        <translation>シグナル</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="133"/>
        <source>Points</source>
        <translation>ポイント</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="134"/>
        <source>Tiers</source>
        <translation>ランク</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="155"/>
        <source>Acting on a signal</source>
        <translation>シグナルへの対応</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="182"/>
        <source>Restore &amp;Defaults</source>
        <translation>初期値に戻す(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="194"/>
        <source>Points per event over the last 365 days, plus one point per the given yen of the event&apos;s amount (0: none). Tiers are recomputed from the events; nothing recorded changes.</source>
        <translation>直近365日のイベントごとのポイントに、金額が指定額（円）に達するごとに1ポイントを加算します（0: 加算なし）。ランクはイベントから再計算され、記録済みのデータは変更されません。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="216"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="219"/>
        <source>  + 1 point per</source>
        <translation>  + 1ポイント／</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="227"/>
        <source>Tier</source>
        <translation>ランク</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="227"/>
        <source>From points</source>
        <translation>必要ポイント</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="232"/>
        <source>&amp;Add Tier</source>
        <translation>ランクを追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="234"/>
        <source>&amp;Remove Tier</source>
        <translation>ランクを削除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>DiagnosisTexts</name>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="68"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="69"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="70"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="77"/>
        <source>Stalled after registration</source>
        <translation>登録後に停滞</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="80"/>
        <source>Downloads without deals</source>
        <translation>資料DLのみで案件なし</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="83"/>
        <source>Training without proposals</source>
        <translation>研修修了後に提案なし</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="86"/>
        <source>Declining activity</source>
        <translation>活動の減少</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="87"/>
        <source>Dormant</source>
        <translation>休眠</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="88"/>
        <source>Key person dependence</source>
        <translation>キーマン依存</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="91"/>
        <source>Low conversion</source>
        <translation>案件化率が低い</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="92"/>
        <source>Onboarding overdue</source>
        <translation>オンボーディングの遅れ</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="93"/>
        <source>Action items overdue</source>
        <translation>アクションアイテムの期限切れ</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="94"/>
        <source>Deal registration expiring</source>
        <translation>案件登録の期限切れ間近</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="95"/>
        <source>Channel conflict</source>
        <translation>チャネルコンフリクト</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="103"/>
        <source>Send the first-steps learning course.</source>
        <translation>導入向けの学習コースを送る。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="106"/>
        <source>Send the first deal registration guide and offer a co-selling visit.</source>
        <translation>初回案件登録ガイドを送り、同行営業を提案する。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="110"/>
        <source>Share the proposal template and talk script; plan key accounts together.</source>
        <translation>提案書テンプレートとトークスクリプトを共有し、重点顧客を一緒に計画する。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="114"/>
        <source>Hold a 1on1 to hear what changed.</source>
        <translation>1on1で何が変わったかを聞く。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="117"/>
        <source>Start the reactivation programme and send a success story mailing.</source>
        <translation>再活性化プログラムを始め、成功事例のメールを送る。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="120"/>
        <source>Spread the key person&apos;s know-how and train a second seller.</source>
        <translation>キーマンのノウハウを共有し、二人目の営業担当を育成する。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="123"/>
        <source>Coach the person and review calls together.</source>
        <translation>担当者をコーチングし、商談を一緒に振り返る。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="126"/>
        <source>Agree new dates in the next 1on1.</source>
        <translation>次回の1on1で新しい期日を合意する。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="129"/>
        <source>Follow up on the overdue items.</source>
        <translation>期限切れの項目をフォローする。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="132"/>
        <source>Ask the partner for the deal&apos;s status.</source>
        <translation>パートナーに案件の状況を確認する。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="135"/>
        <source>Decide who owns the customer and tell both partners.</source>
        <translation>顧客の担当パートナーを決め、両方のパートナーに伝える。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="163"/>
        <source>registered %1 days ago, never logged in</source>
        <translation>%1日前に登録、ログインなし</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="167"/>
        <source>registered %1 days ago, last login %2 days ago (%3)</source>
        <translation>%1日前に登録、最終ログインは%2日前（%3）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="179"/>
        <source>%1 events in the last %2 days against %3 per %2 days in the %4 days before</source>
        <translation>直近%2日のイベント%1件（その前の%4日間の平均は%2日あたり%3件）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="195"/>
        <source>“%1” for %2 (%3, registered %4) expires today, %5</source>
        <translation>%2の「%1」（%3、%4登録）は本日%5に期限切れ</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="199"/>
        <source>“%1” for %2 (%3, registered %4) expires tomorrow, %5</source>
        <translation>%2の「%1」（%3、%4登録）は明日%5に期限切れ</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="203"/>
        <source>“%1” for %2 (%3, registered %4) expires on %5, in %6 days</source>
        <translation>%2の「%1」（%3、%4登録）は%5に期限切れ（あと%6日）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="221"/>
        <source>%1 (registered %2, %3)</source>
        <translation>%1（%2登録、%3）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="229"/>
        <source>%1 partners claim %2 (same corporate number): %3</source>
        <translation>%1社が%2を登録（法人番号が一致）：%3</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="233"/>
        <source>%1 partners claim %2 (same name once normalised): %3</source>
        <translation>%1社が%2を登録（正規化した顧客名が一致）：%3</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="243"/>
        <source>registered %1 days ago, no material downloaded</source>
        <extracomment>Per signal key: the evidence rebuilt in the user&apos;s language from ``Signal.facts``.</extracomment>
        <translation>%1日前に登録、資料DLなし</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="249"/>
        <source>first download %1 days ago, %2 downloads, no deal registered</source>
        <translation>初回DLは%1日前、DL %2件、案件登録なし</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="264"/>
        <source>%1 holds %2 of %3 deals registered in the last %4 days (%5%); %6 persons</source>
        <translation>直近%4日の案件登録%3件のうち%2件を%1が担当（%5%）、担当者%6名</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="276"/>
        <source>%1 leads, %2 deals in the last %3 days: conversion %4% (programme median %5%)</source>
        <translation>直近%3日でリード%1件、案件%2件：案件化率%4%（プログラム中央値%5%）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="317"/>
        <source>Ideal operation</source>
        <translation>理想的な運用</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="318"/>
        <source>One step short</source>
        <translation>あと一歩</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="319"/>
        <source>High churn risk</source>
        <translation>離脱リスク高</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="326"/>
        <source>Keep the rhythm: recognise the partner&apos;s results and plan the next step together.</source>
        <translation>このリズムを維持し、パートナーの成果を称えて次の一手を一緒に計画しましょう。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="330"/>
        <source>One step short: review how you collaborate and how you support the partner.</source>
        <translation>あと一歩です。協働の進め方と支援の内容を見直しましょう。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="334"/>
        <source>High risk of churn: start again from perception and readiness.</source>
        <translation>離脱リスクが高い状態です。認識と準備から立て直しましょう。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="344"/>
        <source>Does the partner understand our product and why it is worth selling?</source>
        <translation>パートナーは製品と、それを販売する価値を理解しているか？</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="348"/>
        <source>Does the partner feel ready and able to sell it?</source>
        <translation>パートナーは販売する準備ができ、売れる自信があるか？</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="351"/>
        <source>Do the partner&apos;s sellers actually propose it, with the tools they need?</source>
        <translation>パートナーの営業担当は、必要なツールを使って実際に提案しているか？</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="355"/>
        <source>Do we plan and run initiatives together, regularly?</source>
        <translation>定期的に施策を一緒に計画・実行しているか？</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="358"/>
        <source>Is there continuous support and recognition for a long relationship?</source>
        <translation>長期的な関係のために、継続的な支援と評価の仕組みがあるか？</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="368"/>
        <source>webinars, product videos, industry-specific materials</source>
        <translation>ウェビナー、製品動画、業種別資料</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="371"/>
        <source>e-learning, certification, FAQ</source>
        <translation>eラーニング、認定制度、FAQ</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="372"/>
        <source>proposal templates, competitor comparison, co-selling visits</source>
        <translation>提案書テンプレート、競合比較、同行営業</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="375"/>
        <source>joint strategy meeting, joint campaigns</source>
        <translation>共同戦略会議、共同キャンペーン</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="378"/>
        <source>incentives plus non-monetary awards</source>
        <translation>インセンティブと金銭以外の表彰</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="387"/>
        <source>Partner (self)</source>
        <translation>パートナー（自己評価）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="388"/>
        <source>Manager</source>
        <translation>マネージャー</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="439"/>
        <source>%1 points to %2</source>
        <translation>%2まであと%1ポイント</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="449"/>
        <source>%1 or %2</source>
        <translation>%1または%2</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="451"/>
        <source>%1: e.g. %2</source>
        <translation>%1（例：%2）</translation>
    </message>
</context>
<context>
    <name>EffectTableModel</name>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="839"/>
        <source>pending</source>
        <translation>判定待ち</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="841"/>
        <source>deals rose</source>
        <translation>案件増加</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="842"/>
        <source>no rise</source>
        <translation>増加なし</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="852"/>
        <source>Date</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="856"/>
        <source>Partner</source>
        <translation>パートナー</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="860"/>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="864"/>
        <source>Signal</source>
        <translation>シグナル</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="868"/>
        <source>Deals before</source>
        <translation>実施前の案件</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="874"/>
        <source>Deals after</source>
        <translation>実施後の案件</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="880"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="884"/>
        <source>Action taken</source>
        <translation>実施した施策</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../prm_desktop/errors.py" line="117"/>
        <source>The database file appears to be damaged. Stop working in it and restore the newest good backup from File → Backups.</source>
        <extracomment>The same error again within this many seconds is logged but not shown again. Errors after which continuing could do harm: the app says so and quits.</extracomment>
        <translation>データベースファイルが破損しているようです。作業を中止し、「ファイル → バックアップ」から最新の正常なバックアップを復元してください。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/errors.py" line="123"/>
        <source>The computer ran out of memory. PRM Desktop has to close.</source>
        <translation>メモリが不足しました。PRM Desktop を終了します。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/errors.py" line="128"/>
        <source>Something unexpected went wrong. PRM Desktop keeps running and your saved data is safe; if the same thing happens again, send the log file to support.</source>
        <translation>予期しないエラーが発生しました。PRM Desktop はそのまま使えます。保存済みのデータは安全です。同じことが再び起きたら、ログファイルをサポートに送ってください。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/errors.py" line="230"/>
        <source>PRM Desktop: unexpected error</source>
        <translation>PRM Desktop: 予期しないエラー</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/errors.py" line="234"/>
        <source>The details were written to the log file:
%1</source>
        <translation>詳細はログファイルに記録しました:
%1</translation>
    </message>
</context>
<context>
    <name>EventPageModel</name>
    <message>
        <location filename="../../prm_desktop/models/event_page.py" line="26"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/event_page.py" line="30"/>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/event_page.py" line="34"/>
        <source>Person</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/event_page.py" line="38"/>
        <source>Material</source>
        <translation>資料</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/event_page.py" line="42"/>
        <source>Deal</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/event_page.py" line="46"/>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/event_page.py" line="50"/>
        <source>Amount (JPY)</source>
        <translation>金額（円）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/event_page.py" line="56"/>
        <source>Source</source>
        <translation>取込元</translation>
    </message>
</context>
<context>
    <name>FileErrors</name>
    <message>
        <location filename="../../prm_desktop/file_errors.py" line="21"/>
        <source>%1 cannot be opened: access was refused. If it is open in Excel or another program, close it there and try again; otherwise check that you may use this folder.</source>
        <translation>「%1」を開けません：アクセスが拒否されました。Excel などのプログラムで開いている場合は閉じてから、もう一度お試しください。そうでない場合は、このフォルダーを使う権限があるか確認してください。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/file_errors.py" line="26"/>
        <source>%1 could not be written: the disk is full. Free some space and try again.</source>
        <translation>「%1」を書き込めません：ディスクの空き容量が足りません。空きを作ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/file_errors.py" line="30"/>
        <source>%1 is in use by another program. Close it there and try again.</source>
        <translation>「%1」は別のプログラムが使用中です。そちらで閉じてから、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/file_errors.py" line="34"/>
        <source>%1 does not exist: it may have been moved, renamed or deleted.</source>
        <translation>「%1」が見つかりません：移動・名前の変更・削除のいずれかが行われた可能性があります。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/file_errors.py" line="41"/>
        <source>%1 could not be written: the drive or folder is read-only.</source>
        <translation>「%1」を書き込めません：ドライブまたはフォルダーが読み取り専用です。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/file_errors.py" line="44"/>
        <source>%1 is a folder, not a file.</source>
        <translation>「%1」はフォルダーです。ファイルを選んでください。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/file_errors.py" line="47"/>
        <source>The name or folder path of %1 is too long.</source>
        <translation>「%1」の名前またはフォルダーのパスが長すぎます。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/file_errors.py" line="64"/>
        <source>A file could not be read or written (%1).</source>
        <translation>ファイルを読み書きできませんでした（%1）。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/file_errors.py" line="71"/>
        <source>%1 could not be read or written (%2).</source>
        <translation>「%1」を読み書きできませんでした（%2）。</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="107"/>
        <source>Choose a file</source>
        <extracomment>Wait this long after the last keystroke in the path before opening the file.</extracomment>
        <translation>ファイルを選ぶ</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="110"/>
        <source>CSV (UTF-8 or Shift_JIS, comma, tab or semicolon) or Excel .xlsx. Headers in English or Japanese.</source>
        <translation>CSV(UTF-8 または Shift_JIS、カンマ・タブ・セミコロン区切り)または Excel (.xlsx)。見出しは英語でも日本語でも構いません。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="115"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="121"/>
        <source>Create partners and persons that do not exist yet</source>
        <translation>未登録のパートナーと担当者を作成する</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="126"/>
        <source>This workbook has several sheets: choose the one to import</source>
        <translation>このブックには複数のシートがあります。取り込むシートを選んでください</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="135"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="138"/>
        <source>&amp;Sheet</source>
        <translation>シート(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="141"/>
        <source>&amp;Contains</source>
        <translation>データの種類(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="159"/>
        <source>Import File</source>
        <extracomment>What ``wizard.preview`` was read from (None while reading or after an error). Running previews, kept alive until they finish (a stale one is ignored, not killed: the pool thread may still be inside calamine).</extracomment>
        <translation>取り込むファイル</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="207"/>
        <source>Reading the file…</source>
        <translation>ファイルを読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="230"/>
        <source>This file has no data rows, only the header: there is nothing to import.</source>
        <translation>このファイルには見出し行しかなく、データ行がありません。取り込むものがありません。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="233"/>
        <source>The sheet %1 has no data rows, only the header: choose the sheet that holds the data.</source>
        <translation>シート %1 には見出し行しかなく、データ行がありません。データのあるシートを選んでください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/views/import_wizard.py" line="246"/>
        <source>%1 · about %Ln rows</source>
        <translation>
            <numerusform>%1 · 約 %Ln 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowThroughSection</name>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/follow_through.py" line="61"/>
        <source>nothing was due</source>
        <translation>期限を迎えた項目なし</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/follow_through.py" line="65"/>
        <source>&lt;b&gt;%1%&lt;/b&gt; (%2 of %3 kept on time, %4 late, %5 overdue)</source>
        <translation>&lt;b&gt;%1%&lt;/b&gt;（%3件中%2件を期限内に完了、遅れて完了%4件、期限切れ%5件）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/follow_through.py" line="73"/>
        <source>; %1 open</source>
        <translation>、未完了%1件</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/follow_through.py" line="82"/>
        <source>Our follow-through (last %1 days): %2</source>
        <translation>自社の約束の実行率（直近%1日）：%2</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/follow_through.py" line="87"/>
        <source>The partner&apos;s: %1</source>
        <translation>パートナー側：%1</translation>
    </message>
</context>
<context>
    <name>GapTableModel</name>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="769"/>
        <source>Phase</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="773"/>
        <source>Partner (self)</source>
        <translation>パートナー（自己評価）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="778"/>
        <source>Manager</source>
        <translation>マネージャー</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="783"/>
        <source>Gap</source>
        <translation>差</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="803"/>
        <source>A gap of 2 or more is worth a talk.</source>
        <translation>差が2以上の項目は話し合う価値があります。</translation>
    </message>
</context>
<context>
    <name>GoToPartnerDialog</name>
    <message>
        <location filename="../../prm_desktop/views/goto_dialog.py" line="22"/>
        <source>Go to Partner</source>
        <translation>パートナーへ移動</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/goto_dialog.py" line="28"/>
        <source>Partner name, reading or code…</source>
        <translation>社名・フリガナ・コード…</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../prm_desktop/views/goal_dialog.py" line="20"/>
        <source>Edit Goal</source>
        <translation>目標を編集</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/goal_dialog.py" line="20"/>
        <source>New Goal</source>
        <translation>新しい目標</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/goal_dialog.py" line="35"/>
        <source>The whole partner</source>
        <translation>パートナー全体</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/goal_dialog.py" line="42"/>
        <source>&amp;Metric</source>
        <translation>指標(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/goal_dialog.py" line="43"/>
        <source>&amp;Target</source>
        <translation>目標値(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/goal_dialog.py" line="44"/>
        <source>Period &amp;start</source>
        <translation>期間開始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/goal_dialog.py" line="45"/>
        <source>Period &amp;end</source>
        <translation>期間終了(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/goal_dialog.py" line="46"/>
        <source>&amp;Person</source>
        <translation>担当者(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/goal_dialog.py" line="47"/>
        <source>N&amp;ote</source>
        <translation>メモ(&amp;O)</translation>
    </message>
</context>
<context>
    <name>GoalTableModel</name>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="170"/>
        <source>Metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="174"/>
        <source>Person</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="178"/>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="183"/>
        <source>Target</source>
        <translation>目標値</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="189"/>
        <source>Actual</source>
        <translation>実績</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="195"/>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <location filename="../../prm_desktop/views/tabs/goals_tab.py" line="24"/>
        <source>No shared goal yet: agree one with the partner.</source>
        <translation>共通の目標はまだありません。パートナーと合意した目標を登録してください。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/goals_tab.py" line="29"/>
        <source>&amp;New Goal…</source>
        <translation>新しい目標(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/goals_tab.py" line="30"/>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/goals_tab.py" line="31"/>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/goals_tab.py" line="63"/>
        <source>New goal</source>
        <translation>目標の追加</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/goals_tab.py" line="80"/>
        <source>Edit goal</source>
        <translation>目標の編集</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/goals_tab.py" line="91"/>
        <source>Delete Goal</source>
        <translation>目標を削除</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/goals_tab.py" line="91"/>
        <source>Delete this goal?</source>
        <translation>この目標を削除しますか？</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/charts.py" line="163"/>
        <source>PRACT total over time</source>
        <extracomment>Colours of the two assessors, on both charts. pyqtgraph&apos;s strftime formats → QLocale formats (times and years need no words).</extracomment>
        <translation>PRACT合計の推移</translation>
    </message>
</context>
<context>
    <name>ImportMessages</name>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="34"/>
        <source>missing value</source>
        <translation>値がありません</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="35"/>
        <source>contains a NUL character</source>
        <translation>NUL 文字が含まれています</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="36"/>
        <source>too long ({length} characters, at most {limit})</source>
        <translation>長すぎます（{length} 文字、上限 {limit} 文字）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="39"/>
        <source>date out of range &quot;{value}&quot;</source>
        <translation>範囲外の日付です：「{value}」</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="42"/>
        <source>unparseable date &quot;{value}&quot;</source>
        <translation>日付として読み取れません：「{value}」</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="45"/>
        <source>no such day &quot;{value}&quot;: month {month} of {year} has {days} days</source>
        <translation>存在しない日付「{value}」：{year}年{month}月は{days}日までです</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="48"/>
        <source>expected a date without a time &quot;{value}&quot;</source>
        <translation>時刻を含まない日付を入力してください：「{value}」</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="51"/>
        <source>unparseable amount &quot;{value}&quot;</source>
        <translation>金額として読み取れません：「{value}」</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="54"/>
        <source>amount must be whole yen &quot;{value}&quot;</source>
        <translation>金額は 1 円単位の整数で入力してください：「{value}」</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="57"/>
        <source>negative amount &quot;{value}&quot;</source>
        <translation>金額がマイナスです：「{value}」</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="60"/>
        <source>amount too large &quot;{value}&quot;</source>
        <translation>金額が大きすぎます：「{value}」</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="63"/>
        <source>malformed email &quot;{value}&quot; (expected name@example.co.jp)</source>
        <translation>メールアドレス「{value}」の形式が正しくありません（例：name@example.co.jp）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="66"/>
        <source>malformed phone &quot;{value}&quot; (digits, spaces, +, -, parentheses only)</source>
        <translation>電話番号「{value}」の形式が正しくありません（数字・空白・+・-・括弧だけを使えます）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="69"/>
        <source>unknown kind &quot;{value}&quot;</source>
        <translation>不明な種別です：「{value}」</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="70"/>
        <source>unknown partner type &quot;{value}&quot;</source>
        <translation>不明なパートナー種別です：「{value}」</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="73"/>
        <source>unknown status &quot;{value}&quot;</source>
        <translation>不明なステータスです：「{value}」</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="76"/>
        <source>expected yes or no &quot;{value}&quot;</source>
        <translation>「はい」か「いいえ」を入力してください：「{value}」</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="77"/>
        <source>Excel error &quot;{value}&quot;; correct the formula or type the value</source>
        <translation>Excel のエラー「{value}」です。数式を直すか値を入力してください</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="80"/>
        <source>formula saved without its result &quot;{value}&quot;; open the workbook in Excel and save it again</source>
        <translation>数式の計算結果が保存されていません：「{value}」。Excel でブックを開いて保存し直してください</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="84"/>
        <source>row has values only in columns without a header</source>
        <translation>見出しのない列にだけ値がある行です</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="87"/>
        <source>row has {cells} cells but the header has {width}; a value with an unquoted delimiter?</source>
        <translation>この行のセルは {cells} 個ですが、見出しは {width} 列です。区切り文字を含む値が引用符で囲まれていない可能性があります</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="91"/>
        <source>unknown partner &quot;{partner}&quot;</source>
        <translation>未登録のパートナーです：「{partner}」</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="94"/>
        <source>unknown person &quot;{person}&quot; at &quot;{partner}&quot;</source>
        <translation>「{partner}」に未登録の担当者です：「{person}」</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="97"/>
        <source>unknown content &quot;{content}&quot;</source>
        <translation>未登録の資料です：「{content}」</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="100"/>
        <source>code &quot;{code}&quot; is already used by &quot;{holder}&quot;</source>
        <translation>コード「{code}」は「{holder}」が使用しています</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="103"/>
        <source>unknown status &quot;{value}&quot;; one of {options} ({options_ja})</source>
        <translation>不明なステータスです：「{value}」。{options_ja}（{options}）のいずれかを入力してください</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="106"/>
        <source>expired is computed from the expiry date and cannot be imported</source>
        <translation>「期限切れ」は有効期限から決まるため取り込めません</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="109"/>
        <location filename="../../prm_desktop/models/import_messages.py" line="272"/>
        <source>file not found: {path}</source>
        <translation>ファイルが見つかりません：{path}</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="112"/>
        <source>{name} is {size}, over the import limit of {limit}; split the file or raise the limit</source>
        <translation>{name} は {size} で、取り込みの上限 {limit} を超えています。ファイルを分割するか、上限を引き上げてください</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="116"/>
        <source>{name} is a macro-enabled or binary workbook ({suffix}), which is not imported for safety; save it as an Excel workbook (.xlsx) first</source>
        <translation>{name} はマクロ有効ブックまたはバイナリ形式のブック（{suffix}）です。安全のため取り込みません。Excel ブック（.xlsx）として保存し直してください</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="121"/>
        <source>{name} is an old Excel 97-2003 workbook (.xls); save it as .xlsx first</source>
        <translation>{name} は古い Excel 97-2003 ブック（.xls）です。.xlsx として保存し直してください</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="124"/>
        <source>{name}: unsupported file type {suffix}; import .csv, .tsv, .txt or .xlsx files</source>
        <translation>{name}：対応していないファイル形式です（{suffix}）。.csv、.tsv、.txt、.xlsx のファイルを取り込んでください</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="128"/>
        <source>{name}: unsupported file type (no extension); import .csv, .tsv, .txt or .xlsx files</source>
        <translation>{name}：拡張子がないため形式が分かりません。.csv、.tsv、.txt、.xlsx のファイルを取り込んでください</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="132"/>
        <source>{name} is empty</source>
        <translation>{name} は空です</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="133"/>
        <source>cannot read {name}: {detail}</source>
        <translation>{name} を読み込めません：{detail}</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="136"/>
        <source>{name} is named {suffix} but is {what}, not a text file</source>
        <translation>{name} は拡張子が {suffix} ですが、中身はテキストではなく{what}です</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="139"/>
        <source>{name} is named {suffix} but holds binary data, not text</source>
        <translation>{name} は拡張子が {suffix} ですが、中身はテキストではなくバイナリデータです</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="142"/>
        <source>{name} starts with a {bom} byte order mark but holds invalid text at byte offset {offset}</source>
        <translation>{name} は {bom} の BOM で始まっていますが、{offset} バイト目に不正な文字があります</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="146"/>
        <source>{name}: text encoding not recognised (neither UTF-8 nor Shift_JIS/CP932; first invalid byte on line {line}, at byte offset {offset}); save it as UTF-8 CSV</source>
        <translation>{name}: 文字コードを判別できません（UTF-8 でも Shift_JIS/CP932 でもありません。最初の不正なバイトは {line} 行目、バイト位置 {offset}）。UTF-8 の CSV として保存してください</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="151"/>
        <source>{name} is UTF-8 text but line {line} holds a byte that is not UTF-8 (byte offset {offset}); correct that line or save the file again as UTF-8 CSV</source>
        <translation>{name} は UTF-8 のテキストですが、{line} 行目に UTF-8 ではないバイトがあります（バイト位置 {offset}）。その行を直すか、UTF-8 の CSV として保存し直してください</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="156"/>
        <source>the workbook has no visible worksheet</source>
        <translation>ブックに表示されているシートがありません</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="159"/>
        <source>{name} has no visible worksheet named {sheet}; its sheets: {sheets}</source>
        <translation>{name} には {sheet} という名前の表示中のシートがありません。シート：{sheets}</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="162"/>
        <source>{name} is a text file and has no sheets: {sheet} cannot be chosen</source>
        <translation>{name} はテキストファイルでシートがありません。シート {sheet} は選べません</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="165"/>
        <source>{name} is named .xlsx but is {what}</source>
        <translation>{name} は拡張子が .xlsx ですが、中身は{what}です</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="168"/>
        <source>{name} is a zip archive but not an Excel workbook</source>
        <translation>{name} は ZIP ファイルですが、Excel ブックではありません</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="171"/>
        <source>{name} contains macros (a VBA project); macro-enabled workbooks are not imported for safety: save it as an Excel workbook (.xlsx) without macros</source>
        <translation>{name} にはマクロ（VBA プロジェクト）が含まれています。安全のためマクロ有効ブックは取り込みません。マクロなしの Excel ブック（.xlsx）として保存し直してください</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="176"/>
        <source>{name} is a macro-enabled workbook renamed to .xlsx; it is not imported</source>
        <translation>{name} は拡張子を .xlsx に変えたマクロ有効ブックのため、取り込みません</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="179"/>
        <source>{name}: part {part} expands {size} (a zip bomb?)</source>
        <translation>{name}：内部のファイル {part} が展開すると {size} になります（ZIP 爆弾の可能性）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="182"/>
        <source>{name} expands to {size} when unzipped, over the limit of {limit}</source>
        <translation>{name} は展開すると {size} になり、上限 {limit} を超えています</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="185"/>
        <source>{name} is damaged or truncated (not a readable .xlsx zip archive: {detail})</source>
        <translation>{name} は壊れているか途中で切れています（.xlsx として読めません：{detail}）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="189"/>
        <source>{name}: the sheet {sheet} claims {rows} rows × {cols} columns, over the limit of {max_rows} rows × {max_cols} columns</source>
        <translation>{name}：シート {sheet} は {rows} 行 × {cols} 列と記録されており、上限の {max_rows} 行 × {max_cols} 列を超えています</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="194"/>
        <source>cannot read the workbook {name}: {detail}</source>
        <translation>ブック {name} を読み込めません：{detail}</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="197"/>
        <source>{name}: the sheet {sheet} has {rows} rows × {cols} columns, over the limit of {max_rows} rows × {max_cols} columns</source>
        <translation>{name}：シート {sheet} は {rows} 行 × {cols} 列あり、上限の {max_rows} 行 × {max_cols} 列を超えています</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="202"/>
        <source>{name}: the sheet {sheet} is empty (not even a header row)</source>
        <translation>{name}：シート {sheet} は空です（見出し行もありません）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="205"/>
        <source>{name} has no header row (no data at all)</source>
        <translation>{name} には見出し行がありません（データがありません）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="208"/>
        <source>{name}: the sheet {sheet} has more than {limit} cells with Excel errors (#N/A…) or formulas saved without their result; correct them in Excel first</source>
        <translation>{name}：シート {sheet} に Excel のエラー（#N/A など）または計算結果のない数式のセルが {limit} 個を超えてあります。先に Excel で直してください</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="213"/>
        <source>{name}: the sheet {sheet} has a cell with an Excel error or a formula without its result, and no cell reference says where; open the workbook in Excel and save it again</source>
        <translation>{name}：シート {sheet} に Excel のエラーまたは計算結果のない数式のセルがありますが、セルの位置が記録されていません。Excel でブックを開いて保存し直してください</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="218"/>
        <source>{name} has {count} columns, over the limit of {limit}</source>
        <translation>{name} は {count} 列あり、上限の {limit} 列を超えています</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="221"/>
        <source>{name}, line {line}: cannot read the CSV ({detail})</source>
        <translation>{name} の {line} 行目：CSV として読めません（{detail}）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="224"/>
        <source>{name}: the quoted cell that starts on line {line} is never closed (a &quot; without its closing &quot;); add the closing quote, or write a quote inside a cell as &quot;&quot;</source>
        <translation>{name}: {line} 行目から始まる引用符付きのセルが閉じていません（&quot; に対応する閉じの &quot; がありません）。閉じの引用符を加えるか、セル内の引用符は &quot;&quot; と書いてください</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="229"/>
        <source>{name}, line {line}: text follows the closing quote of a cell; put the whole cell in quotes and write each quote inside it as &quot;&quot;</source>
        <translation>{name} の {line} 行目: セルの閉じ引用符の後に文字があります。セル全体を引用符で囲み、セル内の引用符は &quot;&quot; と書いてください</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="234"/>
        <source>{name} has more than {limit} rows, over the limit</source>
        <translation>{name} は {limit} 行を超えており、上限を超えています</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="237"/>
        <source>cannot write the rejected rows beside the source ({folder}): {detail}</source>
        <translation>不正な行を元ファイルと同じフォルダー（{folder}）に書き出せません：{detail}</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="240"/>
        <source>the mapping names columns the file does not have: {headers}</source>
        <translation>対応付けに、ファイルにない列が含まれています：{headers}</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="243"/>
        <source>unknown field &quot;{field}&quot; for column &quot;{header}&quot;; fields for {target}: {fields}</source>
        <translation>列「{header}」の項目「{field}」は不明です。{target} の項目：{fields}</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="247"/>
        <source>two columns feed the field &quot;{field}&quot;: &quot;{first}&quot; and &quot;{second}&quot;</source>
        <translation>項目「{field}」に 2 つの列が対応付けられています：「{first}」と「{second}」</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="250"/>
        <source>required column missing: {fields}; found headers: {headers}</source>
        <translation>必須の列がありません：{fields}。ファイルの見出し：{headers}</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="253"/>
        <source>the ID &quot;{id}&quot; names two different events: {first} {first_kind} and {second} {second_kind}. An ID must name one event: if that column holds a deal or customer number, map it to the deal field or leave it unused; if the file comes from another system than the events imported before, import it under a source of its own (Source in the import wizard, --source on the command line)</source>
        <translation>ID「{id}」が 2 つの別々のイベントを指しています：{first}（{first_kind}）と {second}（{second_kind}）。ID は 1 つのイベントだけを指す必要があります。その列が案件番号や顧客番号なら「案件」に対応付けるか、使わない列にしてください。前に取り込んだイベントとは別のシステムのファイルなら、そのシステム用の取込元（取り込みウィザードの「取込元」、コマンドラインの --source）で取り込んでください。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="261"/>
        <source>corporate number &quot;{value}&quot; must contain only digits, spaces and hyphens</source>
        <translation>法人番号「{value}」には数字・空白・ハイフンだけを使ってください</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="264"/>
        <source>corporate number &quot;{value}&quot; has {digits} digits, not {length}</source>
        <translation>法人番号「{value}」は {digits} 桁です（{length} 桁が必要です）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="267"/>
        <source>corporate number &quot;{value}&quot; fails its check digit (first digit {first}, expected {expected})</source>
        <translation>法人番号「{value}」のチェックデジットが合いません（先頭の数字 {first}、正しくは {expected}）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="275"/>
        <source>{name} is a macro-enabled workbook ({suffix}); macros are never imported. Save it in Excel as an Excel Workbook (.xlsx) and import that file.</source>
        <translation>{name} はマクロ有効ブック（{suffix}）です。マクロは取り込みません。Excel で「Excel ブック (.xlsx)」として保存し、そのファイルを取り込んでください。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="281"/>
        <source>{name} is not an Excel workbook (.xlsx); the returned diagnostic must stay in the .xlsx format it was sent in.</source>
        <translation>{name} は Excel ブック（.xlsx）ではありません。返送された診断シートは、送ったときの .xlsx 形式のまま取り込んでください。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="286"/>
        <source>{name} is {size} MB; a returned diagnostic is at most {limit} MB. This is not the workbook that was sent.</source>
        <translation>{name} は {size} MB あります。診断シートは最大 {limit} MB のため、送ったブックではありません。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="291"/>
        <source>{name} holds {count} parts; a diagnostic holds a few dozen.</source>
        <translation>{name} には {count} 個の部品が含まれています。診断シートの部品は数十個です。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="294"/>
        <source>{name} unpacks to {size} MB; a diagnostic unpacks to well under {limit} MB.</source>
        <translation>{name} は展開すると {size} MB になります。診断シートは展開しても {limit} MB を大きく下回ります。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="298"/>
        <source>{name} contains macros ({part}); macros are never imported. Save it as an Excel Workbook (.xlsx) without macros and import that file.</source>
        <translation>{name} にはマクロ（{part}）が含まれています。マクロは取り込みません。マクロなしの「Excel ブック (.xlsx)」として保存し、そのファイルを取り込んでください。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="303"/>
        <source>{name} contains macros (a macro-enabled content type); macros are never imported. Save it as an Excel Workbook (.xlsx) without macros and import that file.</source>
        <translation>{name} はマクロ有効の形式です。マクロは取り込みません。マクロなしの「Excel ブック (.xlsx)」として保存し、そのファイルを取り込んでください。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="309"/>
        <source>{name} is a zip file but not an Excel workbook (no workbook part).</source>
        <translation>{name} は ZIP ファイルですが、Excel ブックではありません（ブック本体がありません）。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="312"/>
        <source>{name} is damaged: the part {part} fails its checksum.</source>
        <translation>{name} は壊れています（部品 {part} のチェックサムが一致しません）。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="315"/>
        <source>{name} is not a readable .xlsx file: it is damaged or incomplete ({detail}).</source>
        <translation>{name} は .xlsx として読めません。壊れているか、途中までしかありません（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="319"/>
        <source>{name} cannot be read as an Excel workbook ({detail}).</source>
        <translation>{name} を Excel ブックとして読み込めません（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="322"/>
        <source>{name} is not a PRM diagnostic: it carries no export id. Import the workbook made with Export diagnostic, as the partner returned it.</source>
        <translation>{name} は PRM の診断シートではありません（エクスポート ID がありません）。「診断シートを出力」で作ったブックを、パートナーから返送されたまま取り込んでください。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="327"/>
        <source>{name} was altered: its {field} differs between the hidden sheet ({sheet}) and the document properties ({props}).</source>
        <translation>{name} は改変されています。{field} が非表示シート（{sheet}）と文書プロパティ（{props}）で異なります。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="332"/>
        <source>{name} was altered: its schema version or partner id is not a number.</source>
        <translation>{name} は改変されています。スキーマバージョンまたはパートナー ID が数値ではありません。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="335"/>
        <source>{name} has diagnostic schema version {version}; this version of PRM Desktop reads version {expected}.</source>
        <translation>{name} の診断シートのスキーマバージョンは {version} です。このバージョンの PRM Desktop が読めるのはバージョン {expected} です。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="340"/>
        <source>{name} was not imported: {problems}.</source>
        <translation>{name} は取り込みませんでした。
・{problems}</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="343"/>
        <source>the cell named {cell} is missing or was changed</source>
        <translation>名前付きセル {cell} がないか、変更されています</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="346"/>
        <source>the {phase} score ({where}) is empty: choose 0 to 5</source>
        <translation>{phase}のスコア（{where}）が空です。0〜5 から選んでください</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="349"/>
        <source>the {phase} score ({where}) is {value}, not a number: choose 0 to 5</source>
        <translation>{phase}のスコア（{where}）が {value} で、数値ではありません。0〜5 から選んでください</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="352"/>
        <source>the {phase} score ({where}) holds the text {value}, not a number: choose 0 to 5 from the drop-down</source>
        <translation>{phase}のスコア（{where}）に文字 {value} が入っていて、数値ではありません。ドロップダウンから 0〜5 を選んでください</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="357"/>
        <source>the {phase} score ({where}) is {value}: scores are whole numbers 0 to 5</source>
        <translation>{phase}のスコア（{where}）が {value} です。スコアは 0〜5 の整数です</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="360"/>
        <source>the {phase} score ({where}) is {value}: scores go from 0 to 5</source>
        <translation>{phase}のスコア（{where}）が {value} です。スコアは 0〜5 です</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="363"/>
        <source>the {phase} comment ({where}) has {length} characters; at most {limit} are kept</source>
        <translation>{phase}のコメント（{where}）が {length} 文字あります。保存できるのは {limit} 文字までです</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="367"/>
        <source>{name} carries the export id {export_id}, which this database does not know: it was exported from another database, or altered.</source>
        <translation>{name} のエクスポート ID {export_id} はこのデータベースにありません。別のデータベースから出力されたか、改変されています。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="372"/>
        <source>{name}: its partner no longer exists.</source>
        <translation>{name}：対象のパートナーはもう存在しません。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="375"/>
        <source>{name} names the partner {named}, but its export id {export_id} belongs to another partner, {partner}: the file was altered or mixed up.</source>
        <translation>{name} にはパートナー {named} と書かれていますが、エクスポート ID {export_id} は別のパートナー {partner} のものです。ファイルが改変されたか、取り違えられています。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="380"/>
        <source>{name}: export {export_id} has schema version {version}, not {expected}.</source>
        <translation>{name}：エクスポート {export_id} のスキーマバージョンは {expected} ではなく {version} です。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="383"/>
        <source>{name} was already imported on {imported} (assessment dated {assessed}) with other answers; nothing was changed. Export a new diagnostic for a new self-assessment.</source>
        <translation>{name} は {imported} に別の回答で取り込み済みです（評価日 {assessed}）。何も変更していません。新しい自己評価には、新しい診断シートを出力してください。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="389"/>
        <source>{name} could not be imported.</source>
        <translation>{name} を取り込めませんでした。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="392"/>
        <source>a zip archive (perhaps an .xlsx workbook)</source>
        <translation>ZIP ファイル（.xlsx ブックかもしれません）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="395"/>
        <source>an Office binary file (an .xls workbook or a password-protected file)</source>
        <translation>Office のバイナリファイル（.xls ブックまたはパスワード付きファイル）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="398"/>
        <source>a PDF document</source>
        <translation>PDF 文書</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="399"/>
        <source>an image</source>
        <translation>画像</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="400"/>
        <source>a compressed archive</source>
        <translation>圧縮ファイル</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="401"/>
        <source>a binary file</source>
        <translation>バイナリファイル</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="402"/>
        <source>a text file (a CSV saved with the wrong extension?)</source>
        <translation>テキストファイル（拡張子を間違えて保存した CSV かもしれません）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="405"/>
        <source>not an Excel workbook</source>
        <translation>Excel ブックではないファイル</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="459"/>
        <source>Kinds a file can use: %1</source>
        <translation>ファイルで使える種別：%1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="465"/>
        <source>Partner types a file can use: %1</source>
        <translation>ファイルで使えるパートナー種別：%1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="473"/>
        <source>Statuses a file can use: %1</source>
        <translation>ファイルで使えるステータス：%1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="485"/>
        <source>Dates a file can use: 2026-04-01, 2026/4/1, 2026年4月1日, or an Excel date cell; an event&apos;s time follows its date: 2026/4/1 9:30, 2026-04-01T09:30+09:00</source>
        <translation>使える日付の書き方：2026-04-01、2026/4/1、2026年4月1日、または Excel の日付セル。イベントの時刻は日付の後に書きます：2026/4/1 9:30、2026-04-01T09:30+09:00</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="499"/>
        <source>%1: %2</source>
        <comment>a column and its problem</comment>
        <translation>【%1】%2</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="508"/>
        <source>row %1: </source>
        <translation>%1 行目：</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="512"/>
        <source>; </source>
        <comment>between the problems of one row in the rejects file</comment>
        <translation> ／ </translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="521"/>
        <source>problem</source>
        <comment>rejects file column</comment>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="535"/>
        <source>; </source>
        <translation>
・</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="554"/>
        <source>Excel workbook, sheet %1</source>
        <extracomment>How the encodings the importer detects are known to users.</extracomment>
        <translation>Excel ブック、シート %1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="558"/>
        <source>comma</source>
        <translation>カンマ</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="559"/>
        <source>tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="560"/>
        <source>semicolon</source>
        <translation>セミコロン</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="565"/>
        <source>CSV, encoding %1, delimiter %2</source>
        <translation>CSV、文字コード %1、区切り文字 %2</translation>
    </message>
</context>
<context>
    <name>ImportNotices</name>
    <message>
        <location filename="../../prm_desktop/models/import_notices.py" line="30"/>
        <source>… (%1 in all)</source>
        <extracomment>How many names a summary lists (then how many in all).</extracomment>
        <translation>…（計 %1）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_notices.py" line="43"/>
        <source>Partners to create: %1</source>
        <translation>作成予定のパートナー：%1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_notices.py" line="45"/>
        <source>New partners: %1</source>
        <translation>新しいパートナー：%1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_notices.py" line="51"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_notices.py" line="58"/>
        <source>Persons to create: %1</source>
        <translation>作成予定の担当者：%1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_notices.py" line="60"/>
        <source>New persons: %1</source>
        <translation>新しい担当者：%1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_notices.py" line="71"/>
        <source>%1 ≈ %2 (%3)</source>
        <translation>%1 ≈ %2（%3）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_notices.py" line="77"/>
        <source>%1 ≈ %2</source>
        <translation>%1 ≈ %2</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_notices.py" line="81"/>
        <source>Names like another, to be created separately (check the spelling): %1</source>
        <translation>ほかの名前に似た新しい名前（別々に作成されます。表記を確認してください）：%1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_notices.py" line="85"/>
        <source>Names like another, created separately (check the spelling): %1</source>
        <translation>ほかの名前に似た新しい名前（別々に作成しました。表記を確認してください）：%1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_notices.py" line="97"/>
        <source>Merged cells, read as their value on every row they span: %1</source>
        <translation>結合セル（範囲のどの行もその値として読みました）：%1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_notices.py" line="103"/>
        <source>row %1 “%2”</source>
        <translation>%1 行目「%2」</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_notices.py" line="107"/>
        <source>Notes, not imported: %1</source>
        <translation>取り込まなかった注記の行：%1</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="331"/>
        <source>Import</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="333"/>
        <source>Everything is written in one go: Cancel leaves the database as it was.</source>
        <translation>すべての行をまとめて書き込みます。キャンセルするとデータベースは元のままです。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="336"/>
        <source>Open the rejects file</source>
        <translation>取り込まなかった行のファイルを開く</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="337"/>
        <source>The rejected rows with their reasons, to correct</source>
        <translation>取り込まなかった行と理由の一覧（直して取り込み直せます）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="372"/>
        <source>Importing…</source>
        <translation>取り込んでいます…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="380"/>
        <source>Saved in the database.</source>
        <translation>データベースに保存しました。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="400"/>
        <source>Rejected rows were written to %1 beside the file.</source>
        <translation>取り込まなかった行は、元のファイルと同じフォルダーの %1 に書き出しました。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="382"/>
        <source>Nothing was written: the database is as it was.</source>
        <translation>何も書き込んでいません。データベースは元のままです。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="386"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="393"/>
        <source>Imported.</source>
        <translation>取り込みました。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="395"/>
        <source>Nothing new to import: those rows were already there.</source>
        <translation>新しく取り込む行はありませんでした。どの行も取り込み済みです。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="397"/>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="406"/>
        <source>Nothing was imported.</source>
        <translation>何も取り込んでいません。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="61"/>
        <source>Activity events</source>
        <translation>活動イベント</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="62"/>
        <source>Partners</source>
        <translation>パートナー</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="63"/>
        <source>Persons</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="64"/>
        <source>Materials (contents)</source>
        <translation>資料</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="90"/>
        <source>Cannot read this file: %1</source>
        <extracomment>What a preview was read from: the path and the sheet asked for (None: the first one).</extracomment>
        <translation>このファイルを読み込めません：%1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="427"/>
        <source>Import</source>
        <translation>取り込み</translation>
    </message>
</context>
<context>
    <name>InterventionDialog</name>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/dialogs.py" line="115"/>
        <source>Record Intervention</source>
        <translation>施策を記録</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/dialogs.py" line="133"/>
        <source>Partner</source>
        <translation>パートナー</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/dialogs.py" line="135"/>
        <source>Answers</source>
        <translation>対応するシグナル</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/dialogs.py" line="136"/>
        <source>&amp;Date</source>
        <translation>日付(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/dialogs.py" line="137"/>
        <source>&amp;Category</source>
        <translation>カテゴリ(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/dialogs.py" line="138"/>
        <source>&amp;Action taken</source>
        <translation>実施した施策(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/dialogs.py" line="139"/>
        <source>&amp;Notes</source>
        <translation>メモ(&amp;N)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="16"/>
        <source>Reseller</source>
        <translation>販売代理店</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="17"/>
        <source>Agency</source>
        <translation>取次代理店</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="18"/>
        <source>System integrator</source>
        <translation>SIer</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="19"/>
        <source>Technology</source>
        <translation>テクノロジー</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="20"/>
        <source>Referral</source>
        <translation>紹介</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="27"/>
        <source>Active</source>
        <translation>契約中</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="28"/>
        <source>Suspended</source>
        <translation>休止中</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="29"/>
        <source>Terminated</source>
        <translation>契約終了</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="36"/>
        <source>Deals registered</source>
        <translation>案件登録数</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="37"/>
        <source>Deals won</source>
        <translation>受注数</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="38"/>
        <source>Won amount (JPY)</source>
        <translation>受注金額(円)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="39"/>
        <source>Trainings completed</source>
        <translation>研修修了数</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="40"/>
        <source>Leads registered</source>
        <translation>リード登録数</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="47"/>
        <source>Perception</source>
        <translation>認識</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="48"/>
        <source>Readiness</source>
        <translation>準備</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="49"/>
        <source>Activate</source>
        <translation>動機付け</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="50"/>
        <source>Collaboration</source>
        <translation>協働</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="51"/>
        <source>Trust</source>
        <translation>信頼関係</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="58"/>
        <source>Us</source>
        <translation>自社</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="59"/>
        <source>Partner</source>
        <translation>パートナー</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="73"/>
        <source>Registered</source>
        <translation>PRM登録</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="74"/>
        <source>Login</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="75"/>
        <source>Material download</source>
        <translation>資料DL</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="76"/>
        <source>Training completed</source>
        <translation>研修修了</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="77"/>
        <source>Deal consulted</source>
        <translation>案件相談</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="78"/>
        <source>Lead registered</source>
        <translation>リード登録</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="79"/>
        <source>Deal registered</source>
        <translation>案件登録</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="80"/>
        <source>Proposal</source>
        <translation>提案</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="81"/>
        <source>Deal won</source>
        <translation>受注</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="82"/>
        <source>Deal lost</source>
        <translation>失注</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="89"/>
        <source>Onboarding</source>
        <translation>オンボーディング</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="90"/>
        <source>Activation</source>
        <translation>アクティベーション</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="91"/>
        <source>Retention</source>
        <translation>リテンション</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="92"/>
        <source>Dormant</source>
        <translation>休眠</translation>
    </message>
</context>
<context>
    <name>LearnView</name>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/learn_view.py" line="117"/>
        <source>Empty: choose an intervention that worked above and save it as a playbook entry, so the next signal of its kind suggests it.</source>
        <translation>まだありません。上の一覧から効果のあった施策を選んでプレイブックに保存すると、同じ種類のシグナルで次から提案されます。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/learn_view.py" line="183"/>
        <source>Computing…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/learn_view.py" line="188"/>
        <source>No intervention recorded yet. Record what you did for a partner from a signal on the Today page; 90 days later this page shows whether deal registrations rose.</source>
        <translation>記録された施策はまだありません。「今日」ページのシグナルからパートナーへの施策を記録すると、90日後に案件登録が増えたかどうかをここで確認できます。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/views/diagnosis/learn_view.py" line="197"/>
        <source>%n intervention(s) recorded</source>
        <translation>
            <numerusform>施策%n件を記録済み</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/learn_view.py" line="200"/>
        <source>deal registrations rose after %1 of the %2 whose 90 days are over</source>
        <translation>90日が経過した%2件のうち%1件で、実施後に案件登録が増加</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/learn_view.py" line="233"/>
        <source>Select an intervention to compare before and after.</source>
        <translation>施策を選ぶと、実施前後を比較できます。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/learn_view.py" line="245"/>
        <source>The 90 days after are not over yet: %1 days so far.</source>
        <translation>実施後90日がまだ経過していません（現在%1日）。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/learn_view.py" line="280"/>
        <source>Save as Playbook</source>
        <translation>プレイブックに保存</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/learn_view.py" line="281"/>
        <source>This intervention answered no signal. Offer its action for:</source>
        <translation>この施策はシグナルに紐づいていません。次のシグナルの推奨アクションにする:</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/learn_view.py" line="301"/>
        <source>Remove from Playbook</source>
        <translation>プレイブックから削除</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/learn_view.py" line="303"/>
        <source>Stop offering “%1” for %2?</source>
        <translation>%2に対する「%1」の提案をやめますか？</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/learn_view.py" line="311"/>
        <source>&amp;Save as Playbook</source>
        <translation>プレイブックに保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/learn_view.py" line="313"/>
        <source>Offer this action as the suggested action for the same signal from now on</source>
        <translation>今後、同じシグナルの推奨アクションとしてこの施策を提示します</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/learn_view.py" line="315"/>
        <source>Re&amp;fresh</source>
        <translation>更新(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/learn_view.py" line="316"/>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/learn_view.py" line="317"/>
        <source>Before and after (90 days each)</source>
        <translation>実施前後の比較（各90日）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/learn_view.py" line="318"/>
        <source>Programme: per category</source>
        <translation>プログラム全体：カテゴリ別</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/learn_view.py" line="319"/>
        <source>Playbook</source>
        <translation>プレイブック</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="816"/>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="820"/>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="825"/>
        <source>Points</source>
        <translation>ポイント</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="110"/>
        <source>No partners yet: add one with New Partner, or import a partner list (File → Import CSV or Excel, or drop the file on this window).</source>
        <translation>パートナーはまだいません。「新しいパートナー」で追加するか、パートナー一覧を取り込んでください（ファイル → CSV・Excel を取り込む、またはファイルをこのウィンドウにドロップ）。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="113"/>
        <source>No partner matches the filter.</source>
        <translation>条件に合うパートナーはありません。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="284"/>
        <source>Filter partners by name, code, territory, owner, key person… (Ctrl+F)</source>
        <extracomment>Feature modules add their commands here (PRACT, signals, reports, backups...).</extracomment>
        <translation>社名・コード・地域・担当マネージャー・キーマンで絞り込み…（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="286"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="287"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="288"/>
        <source>&amp;New Partner…</source>
        <translation>新しいパートナー(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="289"/>
        <source>&amp;Edit Partner…</source>
        <translation>パートナーを編集(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="290"/>
        <source>&amp;Delete Partner…</source>
        <translation>パートナーを削除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="291"/>
        <source>&amp;Go to Partner…</source>
        <translation>パートナーへ移動(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="292"/>
        <source>Onboarding &amp;Template…</source>
        <translation>オンボーディングテンプレート(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="293"/>
        <source>&amp;Partners</source>
        <translation>パートナー(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="294"/>
        <source>&amp;My Actions</source>
        <translation>マイアクション(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="295"/>
        <source>Partners</source>
        <translation>パートナー</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="296"/>
        <source>My actions</source>
        <translation>マイアクション</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="297"/>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="298"/>
        <source>&amp;Dashboard</source>
        <translation>ダッシュボード(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="299"/>
        <source>Show All Partners</source>
        <translation>すべてのパートナーを表示</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="300"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="301"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="302"/>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="305"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="306"/>
        <source>&amp;Open Database…</source>
        <translation>データベースを開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="307"/>
        <source>&amp;New Database…</source>
        <translation>新しいデータベース(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="308"/>
        <source>&amp;Import CSV or Excel…</source>
        <translation>CSV・Excel を取り込む(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="309"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="310"/>
        <source>&amp;Filter Partners</source>
        <translation>パートナーを絞り込む(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="311"/>
        <source>&amp;Refresh</source>
        <translation>最新の情報に更新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="312"/>
        <source>&amp;About PRM Desktop</source>
        <translation>PRM Desktop について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="339"/>
        <source>No database open</source>
        <translation>データベースが開かれていません</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="362"/>
        <source>Cannot open database</source>
        <translation>データベースを開けません</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="367"/>
        <source>Open Database</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="373"/>
        <location filename="../../prm_desktop/views/main_window.py" line="380"/>
        <source>New Database</source>
        <translation>新しいデータベース</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="382"/>
        <source>A file with that name already exists. Choose a new name, or use Open Database to open it.</source>
        <translation>同じ名前のファイルがすでにあります。別の名前を選ぶか、「データベースを開く」で開いてください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/views/main_window.py" line="418"/>
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n 社</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="420"/>
        <source>%1 of %2 partners</source>
        <translation>%2 社中 %1 社を表示</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="441"/>
        <source>Showing %1 partner(s): %2</source>
        <translation>%1 社を表示中：%2</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="489"/>
        <source>New partner %1</source>
        <translation>パートナー %1 の追加</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="506"/>
        <source>Edit partner %1</source>
        <translation>パートナー %1 の編集</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="521"/>
        <source>Delete Partner</source>
        <translation>パートナーを削除</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="523"/>
        <source>Delete %1 with all its persons, activity, 1on1s and goals? This cannot be undone.</source>
        <translation>パートナー「%1」を、担当者・活動・1on1・目標ごと削除しますか？元に戻せません。</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="264"/>
        <source>Check the preview and map the columns</source>
        <translation>プレビューを確認して列を対応付ける</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="267"/>
        <source>Columns whose header is known are mapped already; choose a field for the others. * marks a field every file needs.</source>
        <translation>見出しが分かる列は対応付け済みです。残りの列に項目を選んでください。* は必須項目です。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="357"/>
        <source>Using the mapping you saved for files with these columns.</source>
        <translation>この列構成のファイル用に保存した対応付けを使っています。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="312"/>
        <source>Which field does each column hold?</source>
        <translation>各列にはどの項目が入っていますか？</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="352"/>
        <source>Using the mapping and the source “%1” you saved for files with these columns.</source>
        <translation>この列構成のファイル用に保存した対応付けと取込元「%1」を使っています。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="382"/>
        <source>Required field not mapped: %1</source>
        <translation>必須項目が対応付けられていません：%1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="385"/>
        <source>A source has at most %1 characters.</source>
        <translation>取込元は %1 文字までです。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="389"/>
        <source>Two columns are mapped to: %1</source>
        <translation>2 つの列が同じ項目に対応付けられています：%1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="333"/>
        <source>(ignore this column)</source>
        <translation>（この列は使わない）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="294"/>
        <source>&amp;Source</source>
        <translation>取込元(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="298"/>
        <source>Events are matched on their ID within one source. Give the exports of another system a source name of their own, so their IDs never meet those of the events imported before.</source>
        <translation>イベントは同じ取込元の中で ID により照合されます。別のシステムのエクスポートには、そのシステム専用の取込元名を付けてください。そうすれば、これまでに取り込んだイベントの ID と重なりません。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="341"/>
        <source>(no header)</source>
        <translation>（見出しなし）</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../prm_desktop/views/meeting_dialog.py" line="72"/>
        <source>Due date &quot;%1&quot; of &quot;%2&quot; is not a date (use YYYY-MM-DD).</source>
        <translation>「%2」の期限「%1」は日付として読み取れません（YYYY-MM-DD で入力してください）。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/meeting_dialog.py" line="84"/>
        <source>Edit 1on1</source>
        <translation>1on1 を編集</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/meeting_dialog.py" line="84"/>
        <source>New 1on1</source>
        <translation>新しい 1on1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/meeting_dialog.py" line="93"/>
        <source>&amp;Date</source>
        <translation>日付(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/meeting_dialog.py" line="94"/>
        <source>&amp;Topics</source>
        <translation>議題(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/meeting_dialog.py" line="95"/>
        <source>PRACT &amp;phase discussed</source>
        <translation>話し合った PRACT フェーズ(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/meeting_dialog.py" line="121"/>
        <source>&amp;Attendees</source>
        <translation>出席者(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/meeting_dialog.py" line="125"/>
        <source>What was discussed, agreed, and why…</source>
        <translation>話し合ったこと、合意したこと、その理由…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/meeting_dialog.py" line="127"/>
        <source>&amp;Notes</source>
        <translation>メモ(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/meeting_dialog.py" line="142"/>
        <source>Action item</source>
        <translation>アクション</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/meeting_dialog.py" line="143"/>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/meeting_dialog.py" line="144"/>
        <source>Side</source>
        <translation>担当側</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/meeting_dialog.py" line="145"/>
        <source>Due (YYYY-MM-DD)</source>
        <translation>期限（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/meeting_dialog.py" line="146"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/meeting_dialog.py" line="159"/>
        <source>Add action item</source>
        <translation>アクションを追加</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/meeting_dialog.py" line="160"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/meeting_dialog.py" line="167"/>
        <source>Action items</source>
        <translation>アクション</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="134"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="138"/>
        <source>Topics</source>
        <translation>議題</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="142"/>
        <source>Attendees</source>
        <translation>出席者</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="146"/>
        <source>PRACT</source>
        <translation>PRACT</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="150"/>
        <source>Open actions</source>
        <translation>未完了アクション</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <location filename="../../prm_desktop/views/tabs/meetings_tab.py" line="27"/>
        <source>No 1on1 yet: record each meeting with its agenda and action items.</source>
        <translation>1on1 の記録はまだありません。毎回の議題とアクションアイテムを記録してください。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/meetings_tab.py" line="32"/>
        <source>&amp;New 1on1…</source>
        <translation>新しい 1on1(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/meetings_tab.py" line="33"/>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/meetings_tab.py" line="34"/>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/meetings_tab.py" line="83"/>
        <source>New 1on1</source>
        <translation>新しい 1on1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/meetings_tab.py" line="113"/>
        <source>Delete 1on1</source>
        <translation>1on1 を削除</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/meetings_tab.py" line="114"/>
        <source>Delete the 1on1 of %1 and its action items?</source>
        <translation>%1 の 1on1 とそのアクションを削除しますか？</translation>
    </message>
</context>
<context>
    <name>MyActionsView</name>
    <message numerus="yes">
        <location filename="../../prm_desktop/views/my_actions.py" line="90"/>
        <source>%n open item(s)</source>
        <translation>
            <numerusform>未完了 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/views/my_actions.py" line="92"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>期限切れ %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/my_actions.py" line="123"/>
        <source>Complete %1</source>
        <translation>%1 を完了</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/my_actions.py" line="127"/>
        <source>Filter by partner, item or owner… (Ctrl+F)</source>
        <translation>パートナー・項目・担当者で絞り込み… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/my_actions.py" line="128"/>
        <source>Mark &amp;Done</source>
        <translation>完了にする(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/my_actions.py" line="129"/>
        <source>&amp;Open Partner</source>
        <translation>パートナーを開く(&amp;O)</translation>
    </message>
</context>
<context>
    <name>OnboardingTab</name>
    <message>
        <location filename="../../prm_desktop/views/tabs/onboarding_tab.py" line="40"/>
        <source>&amp;Create Checklist from Template</source>
        <translation>テンプレートからチェックリストを作成(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/onboarding_tab.py" line="41"/>
        <source>Mark &amp;Done / Not Done</source>
        <translation>完了/未完了を切り替え(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/onboarding_tab.py" line="66"/>
        <source>No onboarding checklist yet.</source>
        <translation>オンボーディングのチェックリストはまだありません。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/onboarding_tab.py" line="68"/>
        <source>%1 of %2 steps done</source>
        <translation>%2 ステップ中 %1 完了</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/views/tabs/onboarding_tab.py" line="70"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>期限切れ %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/onboarding_tab.py" line="86"/>
        <source>Complete %1</source>
        <translation>%1 を完了</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/onboarding_tab.py" line="86"/>
        <source>Reopen %1</source>
        <translation>%1 を未完了に戻す</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="64"/>
        <source>&amp;Edit Partner…</source>
        <translation>パートナーを編集(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="65"/>
        <source>Delete Partner…</source>
        <translation>パートナーを削除…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="66"/>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="68"/>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="69"/>
        <source>Type</source>
        <translation>種別</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="70"/>
        <source>Tier</source>
        <translation>ランク</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="71"/>
        <source>Territory</source>
        <translation>地域</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="72"/>
        <source>Industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="73"/>
        <source>Owner</source>
        <translation>担当マネージャー</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="74"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="75"/>
        <source>Contract date</source>
        <translation>契約日</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="76"/>
        <source>Records</source>
        <translation>記録</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="80"/>
        <source>Phase and headline numbers</source>
        <translation>フェーズと主要指標</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="81"/>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="114"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>担当者 %n 名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="115"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>活動 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="116"/>
        <source>%n 1on1(s)</source>
        <translation>
            <numerusform>1on1 %n 回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="117"/>
        <source>%n open action(s)</source>
        <translation>
            <numerusform>未完了アクション %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="119"/>
        <source>onboarding %1/%2</source>
        <translation>オンボーディング %1/%2</translation>
    </message>
</context>
<context>
    <name>PartnerDealsTab</name>
    <message>
        <location filename="../../prm_desktop/views/deals/partner_deals_tab.py" line="40"/>
        <source>No deal registration yet: the partner&apos;s claims on deals appear here.</source>
        <translation>案件登録はまだありません。パートナーが申請した案件がここに表示されます。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/partner_deals_tab.py" line="101"/>
        <source>No activity names this deal yet.</source>
        <extracomment>The database ``model.expiring_days`` was read from (None: read it again).</extracomment>
        <translation>この案件に関する活動はまだありません。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/partner_deals_tab.py" line="105"/>
        <source>Activity on this deal: %1</source>
        <translation>この案件の活動：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/views/deals/partner_deals_tab.py" line="129"/>
        <source>%n registration(s)</source>
        <translation>
            <numerusform>%n 件の登録</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/partner_deals_tab.py" line="132"/>
        <source>&amp;New…</source>
        <translation>新規(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/partner_deals_tab.py" line="133"/>
        <source>&amp;Approve…</source>
        <translation>承認(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/partner_deals_tab.py" line="134"/>
        <source>Re&amp;ject…</source>
        <translation>却下(&amp;J)…</translation>
    </message>
</context>
<context>
    <name>PartnerDetailWidget</name>
    <message>
        <location filename="../../prm_desktop/views/partner_detail.py" line="102"/>
        <source>Select a partner in the list to see its details.</source>
        <translation>一覧からパートナーを選ぶと、ここに詳細が表示されます。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_detail.py" line="104"/>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_detail.py" line="105"/>
        <source>Persons</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_detail.py" line="106"/>
        <source>Onboarding</source>
        <translation>オンボーディング</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_detail.py" line="107"/>
        <source>1on1 log</source>
        <translation>1on1記録</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_detail.py" line="108"/>
        <source>Goals</source>
        <translation>共通の目標</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_detail.py" line="109"/>
        <source>Activity</source>
        <translation>活動</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <location filename="../../prm_desktop/views/partner_dialog.py" line="15"/>
        <source>Edit Partner</source>
        <translation>パートナーを編集</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_dialog.py" line="15"/>
        <source>New Partner</source>
        <translation>新しいパートナー</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_dialog.py" line="36"/>
        <source>&amp;Name</source>
        <translation>社名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_dialog.py" line="38"/>
        <source>&amp;Code</source>
        <translation>コード(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_dialog.py" line="39"/>
        <source>&amp;Type</source>
        <translation>種別(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_dialog.py" line="40"/>
        <source>&amp;Status</source>
        <translation>状態(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_dialog.py" line="37"/>
        <source>Reading (&amp;kana)</source>
        <translation>フリガナ(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_dialog.py" line="41"/>
        <source>Territor&amp;y</source>
        <translation>地域(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_dialog.py" line="42"/>
        <source>&amp;Industry</source>
        <translation>業種(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_dialog.py" line="43"/>
        <source>&amp;Owner</source>
        <translation>担当マネージャー(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_dialog.py" line="44"/>
        <source>Tie&amp;r</source>
        <translation>ランク(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_dialog.py" line="45"/>
        <source>Contract &amp;date</source>
        <translation>契約日(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_dialog.py" line="46"/>
        <source>Not&amp;es</source>
        <translation>メモ(&amp;E)</translation>
    </message>
</context>
<context>
    <name>PartnerKpiPanel</name>
    <message>
        <location filename="../../prm_desktop/views/partner_kpis.py" line="22"/>
        <source>Material downloads</source>
        <translation>資料DL</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_kpis.py" line="23"/>
        <source>Leads</source>
        <translation>リード</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_kpis.py" line="24"/>
        <source>Deals registered</source>
        <translation>案件登録</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_kpis.py" line="25"/>
        <source>Deals won</source>
        <translation>受注</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_kpis.py" line="26"/>
        <source>Logins</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_kpis.py" line="27"/>
        <source>Trainings</source>
        <translation>研修修了</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_kpis.py" line="107"/>
        <source>Computing…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_kpis.py" line="111"/>
        <source>not registered yet</source>
        <translation>未登録</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_kpis.py" line="112"/>
        <source>Phase: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>フェーズ：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <location filename="../../prm_desktop/models/partner_table.py" line="40"/>
        <source>Name</source>
        <translation>社名</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/partner_table.py" line="41"/>
        <source>Type</source>
        <translation>種別</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/partner_table.py" line="42"/>
        <source>Tier</source>
        <translation>ランク</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/partner_table.py" line="43"/>
        <source>Territory</source>
        <translation>地域</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/partner_table.py" line="44"/>
        <source>Owner</source>
        <translation>担当マネージャー</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/partner_table.py" line="45"/>
        <source>Last activity</source>
        <translation>最終活動日</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/partner_table.py" line="46"/>
        <source>Key person</source>
        <translation>キーマン</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="83"/>
        <source>Partner</source>
        <translation>パートナー</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="87"/>
        <source>Person</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="91"/>
        <source>Leads</source>
        <translation>リード</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="97"/>
        <source>Deals</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="103"/>
        <source>Conversion</source>
        <translation>案件化率</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../prm_desktop/views/person_dialog.py" line="13"/>
        <source>Edit Person</source>
        <translation>担当者を編集</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/person_dialog.py" line="13"/>
        <source>New Person</source>
        <translation>新しい担当者</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/person_dialog.py" line="19"/>
        <source>Key person (キーマン)</source>
        <translation>キーマン</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/person_dialog.py" line="24"/>
        <source>&amp;Name</source>
        <translation>名前(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/person_dialog.py" line="25"/>
        <source>&amp;Role</source>
        <translation>役職(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/person_dialog.py" line="26"/>
        <source>&amp;Email</source>
        <translation>メール(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/person_dialog.py" line="27"/>
        <source>&amp;Phone</source>
        <translation>電話(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/person_dialog.py" line="29"/>
        <source>No&amp;tes</source>
        <translation>メモ(&amp;T)</translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="26"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="29"/>
        <source>Role</source>
        <translation>役職</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="33"/>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="37"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="41"/>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="43"/>
        <source>Key person</source>
        <translation>キーマン</translation>
    </message>
</context>
<context>
    <name>PersonsTab</name>
    <message>
        <location filename="../../prm_desktop/views/tabs/persons_tab.py" line="31"/>
        <source>No persons yet: add the people who sell, decide and sign at this partner.</source>
        <translation>担当者はまだいません。このパートナーで販売・決裁・契約を担う人を追加してください。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/persons_tab.py" line="37"/>
        <source>&amp;Add Person…</source>
        <translation>担当者を追加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/persons_tab.py" line="38"/>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/persons_tab.py" line="39"/>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/persons_tab.py" line="40"/>
        <source>E&amp;rase Personal Data…</source>
        <translation>個人情報を消去(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/persons_tab.py" line="70"/>
        <source>Add person</source>
        <translation>担当者の追加</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/persons_tab.py" line="80"/>
        <source>Edit person %1</source>
        <translation>担当者 %1 の編集</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/persons_tab.py" line="95"/>
        <source>Delete Person</source>
        <translation>担当者を削除</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/persons_tab.py" line="96"/>
        <source>Delete %1? Their past activity stays with the partner.</source>
        <translation>「%1」を削除しますか？過去の活動はパートナーに残ります。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/persons_tab.py" line="110"/>
        <source>Erase Personal Data</source>
        <translation>個人情報の消去</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/persons_tab.py" line="112"/>
        <source>Erase the name, email and phone of %1 everywhere, including 1on1 attendee lists and notes? Partner-level counts remain. This cannot be undone.</source>
        <translation>%1 の氏名・メール・電話を、1on1 の出席者やメモを含むすべての場所から消去しますか？パートナー単位の集計は残ります。元に戻せません。</translation>
    </message>
</context>
<context>
    <name>PlaybookTableModel</name>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="985"/>
        <source>Signal</source>
        <translation>シグナル</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="989"/>
        <source>Action offered</source>
        <translation>提示するアクション</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="993"/>
        <source>From</source>
        <translation>登録日</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="1001"/>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
</context>
<context>
    <name>PractTab</name>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/pract_tab.py" line="264"/>
        <source>No PRACT assessment yet. Record the manager&apos;s view, or the partner&apos;s own.</source>
        <extracomment>``(workspace, parent) -&gt; QWidget`` factories of widgets shown beside the Trust score; a widget with ``show_partner(partner_id: int | None)`` is told whenever the partner changes. Below this width the radar goes above the diagnosis instead of beside it.</extracomment>
        <translation>PRACT診断はまだありません。マネージャーの評価、またはパートナーの自己評価を記録してください。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/pract_tab.py" line="275"/>
        <source>%1, %2: &lt;b&gt;%3&lt;/b&gt;/25 — &lt;b style=&apos;color:%4&apos;&gt;%5&lt;/b&gt;</source>
        <translation>%1、%2: &lt;b&gt;%3&lt;/b&gt;/25 — &lt;b style=&apos;color:%4&apos;&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/pract_tab.py" line="287"/>
        <source>All five phases score %1/5: none stands out as the weakest.</source>
        <translation>5つのフェーズはすべて %1/5 で、特に弱いフェーズはありません。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/pract_tab.py" line="295"/>
        <source>Weakest: &lt;b&gt;%1&lt;/b&gt; (%2/5) — try %3</source>
        <translation>最も弱いフェーズ：&lt;b&gt;%1&lt;/b&gt;（%2/5）— おすすめ：%3</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/pract_tab.py" line="305"/>
        <source>Gaps of 2 or more are highlighted: worth a talk (%1).</source>
        <translation>差が2以上の項目を強調表示しています。話し合いましょう（%1）。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/pract_tab.py" line="309"/>
        <source>No gap of 2 or more between the partner&apos;s view and yours.</source>
        <translation>パートナーの評価との差が2以上の項目はありません。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/pract_tab.py" line="315"/>
        <source>&lt;b&gt;Trust&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;信頼関係&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/pract_tab.py" line="322"/>
        <source>Computing…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/pract_tab.py" line="326"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 points over the last 365 days</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · 直近365日で%2ポイント</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/pract_tab.py" line="327"/>
        <source>no tier yet</source>
        <translation>ランクなし</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/pract_tab.py" line="333"/>
        <source>Top tier reached.</source>
        <translation>最上位ランクに到達しています。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/pract_tab.py" line="360"/>
        <source>New PRACT assessment</source>
        <translation>PRACT診断の登録</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/pract_tab.py" line="370"/>
        <location filename="../../prm_desktop/views/diagnosis/pract_tab.py" line="376"/>
        <source>Delete Assessment</source>
        <translation>診断を削除</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/pract_tab.py" line="370"/>
        <source>Select an assessment first.</source>
        <translation>先に診断を選択してください。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/pract_tab.py" line="378"/>
        <source>Delete the %1 assessment of %2?</source>
        <translation>%2の%1の診断を削除しますか？</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/pract_tab.py" line="387"/>
        <source>&amp;New Assessment…</source>
        <translation>新しい診断(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/pract_tab.py" line="388"/>
        <source>&amp;Delete Assessment</source>
        <translation>診断を削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/pract_tab.py" line="389"/>
        <source>Partner&apos;s view against yours</source>
        <translation>パートナーの評価とマネージャーの評価</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/pract_tab.py" line="390"/>
        <source>Trust</source>
        <translation>信頼関係</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/pract_tab.py" line="391"/>
        <source>Tier and points</source>
        <translation>ランクとポイント</translation>
    </message>
</context>
<context>
    <name>PreviewTableModel</name>
    <message>
        <location filename="../../prm_desktop/models/import_models.py" line="33"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
</context>
<context>
    <name>ProgrammeTableModel</name>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="944"/>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="948"/>
        <source>Made</source>
        <translation>実施数</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="954"/>
        <source>Judged (90 days on)</source>
        <translation>判定済み</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="962"/>
        <source>Deals rose</source>
        <translation>案件増加</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="968"/>
        <source>Success rate</source>
        <translation>成功率</translation>
    </message>
</context>
<context>
    <name>QbrOptions</name>
    <message>
        <location filename="../../prm_desktop/views/reports/dialogs.py" line="73"/>
        <source>For the partner (to hand over)</source>
        <translation>パートナー向け（配布用）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/dialogs.py" line="76"/>
        <source>Internal (with notes and risks)</source>
        <translation>社内用（メモとリスクを含む）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/dialogs.py" line="83"/>
        <source>&amp;Quarter</source>
        <translation>四半期(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/dialogs.py" line="84"/>
        <source>&amp;Variant</source>
        <translation>種類(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/dialogs.py" line="85"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
</context>
<context>
    <name>QbrOptionsDialog</name>
    <message>
        <location filename="../../prm_desktop/views/reports/dialogs.py" line="97"/>
        <source>Export QBR</source>
        <translation>QBRの出力</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/dialogs.py" line="100"/>
        <source>Partner</source>
        <translation>パートナー</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../prm_desktop/views/safety/recovery.py" line="30"/>
        <source>Restoring the backup…</source>
        <translation>バックアップを復元しています…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/recovery.py" line="35"/>
        <location filename="../../prm_desktop/views/safety/recovery.py" line="46"/>
        <source>Restore Backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/recovery.py" line="39"/>
        <source>The database was restored from the backup of %1.</source>
        <translation>データベースを %1 のバックアップから復元しました。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/recovery.py" line="43"/>
        <source>The file as it was before is kept in %1.</source>
        <translation>復元前のファイルは %1 に保存してあります。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/recovery.py" line="55"/>
        <source>Damaged Database</source>
        <translation>破損したデータベース</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/recovery.py" line="59"/>
        <source>PRM Desktop cannot open %1: the file is damaged.</source>
        <translation>PRM Desktop は %1 を開けません。ファイルが破損しています。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/recovery.py" line="64"/>
        <source>No good backup of it was found. The file was left exactly as it is; keep a copy of it and ask for help before changing it.</source>
        <translation>正常なバックアップが見つかりませんでした。ファイルはそのままにしてあります。変更する前にコピーを取り、サポートに相談してください。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/recovery.py" line="75"/>
        <source>The database %1 is damaged and cannot be opened safely.</source>
        <translation>データベース %1 は破損しているため、安全に開けません。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/recovery.py" line="81"/>
        <source>The newest good backup is from %1 (%2 partners, %3 events). Restore it? The damaged file is kept either way; Close leaves everything as it is.</source>
        <translation>最新の正常なバックアップは %1 のもの（パートナー %2 社、イベント %3 件）です。復元しますか？ 破損したファイルはどちらの場合も保存されます。「閉じる」を選ぶと何も変更しません。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/recovery.py" line="93"/>
        <source>Restore Newest Backup</source>
        <translation>最新のバックアップを復元</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/recovery.py" line="97"/>
        <source>Choose a Backup…</source>
        <translation>バックアップを選ぶ…</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="37"/>
        <source>Edit Deal Registration</source>
        <extracomment>partner id → [(person id, name)], read when the partner changes.</extracomment>
        <translation>案件登録の編集</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="37"/>
        <source>New Deal Registration</source>
        <translation>新規案件登録</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="52"/>
        <source>As the partner wrote it, e.g. 株式会社アルファ</source>
        <translation>パートナーの記載どおり（例：株式会社アルファ）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="54"/>
        <source>13 digits, optional</source>
        <translation>13桁（任意）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="57"/>
        <source>JPY, e.g. 1,200,000</source>
        <translation>円（例：1,200,000）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="60"/>
        <source>Empty: the registered date plus the default validity</source>
        <translation>空欄：登録日＋既定の有効日数</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="62"/>
        <source>&amp;Partner</source>
        <translation>パートナー(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="63"/>
        <source>Registered &amp;by</source>
        <translation>登録者(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="64"/>
        <source>End &amp;customer</source>
        <translation>顧客名(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="65"/>
        <source>Corporate &amp;number</source>
        <translation>法人番号(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="66"/>
        <source>&amp;Deal</source>
        <translation>案件(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="67"/>
        <source>&amp;Amount</source>
        <translation>金額(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="68"/>
        <source>&amp;Registered</source>
        <translation>登録日(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="69"/>
        <source>&amp;Expires</source>
        <translation>有効期限(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="83"/>
        <source>Type to search partners…</source>
        <translation>パートナー名を入力して検索…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="89"/>
        <source>(not recorded)</source>
        <translation>（記録なし）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="101"/>
        <source>Choose a partner from the list.</source>
        <translation>一覧からパートナーを選んでください。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="106"/>
        <source>Amount: %1</source>
        <translation>金額：%1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="145"/>
        <source>New registration: %1</source>
        <translation>新規案件登録：%1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="184"/>
        <source>Edit registration: %1</source>
        <translation>案件登録の編集：%1</translation>
    </message>
</context>
<context>
    <name>RegistrationList</name>
    <message>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="155"/>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="351"/>
        <source>All partners</source>
        <translation>すべてのパートナー</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="156"/>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="352"/>
        <source>All owners</source>
        <translation>すべての担当マネージャー</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="183"/>
        <source>%n registration(s)</source>
        <translation>
            <numerusform>%n 件の登録</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="244"/>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="263"/>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="313"/>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="317"/>
        <source>Import Deal Registrations</source>
        <translation>案件登録の取り込み</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="246"/>
        <source>CSV or Excel files (*.csv *.tsv *.txt *.xlsx)</source>
        <translation>CSV または Excel ファイル (*.csv *.tsv *.txt *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="264"/>
        <source>%1 has several sheets. Import the sheet:</source>
        <translation>%1 には複数のシートがあります。取り込むシート：</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="278"/>
        <source>Importing %1…</source>
        <translation>%1 を取り込んでいます…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="299"/>
        <source>Imported: %1</source>
        <translation>取り込み：%1 件</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="300"/>
        <source>Already there: %1</source>
        <translation>登録済み：%1 件</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="303"/>
        <source>The file was rejected; nothing was imported.</source>
        <translation>ファイルは却下されました。何も取り込まれていません。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="305"/>
        <source>Row %1: %2</source>
        <translation>%1 行目：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="325"/>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="333"/>
        <source>Expires within %n day(s)</source>
        <translation>
            <numerusform>%n 日以内に期限切れ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="331"/>
        <source>Channel conflict</source>
        <translation>チャネルコンフリクト</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="335"/>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="344"/>
        <source>All statuses</source>
        <translation>すべてのステータス</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="354"/>
        <source>&amp;New…</source>
        <translation>新規(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="355"/>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="356"/>
        <source>&amp;Import File…</source>
        <translation>ファイルを取り込む(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="357"/>
        <source>&amp;Approve…</source>
        <translation>承認(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="358"/>
        <source>Re&amp;ject…</source>
        <translation>却下(&amp;J)…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="359"/>
        <source>&amp;Won…</source>
        <translation>受注(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="360"/>
        <source>&amp;Lost…</source>
        <translation>失注(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="361"/>
        <source>&amp;Open Partner</source>
        <translation>パートナーを開く(&amp;O)</translation>
    </message>
</context>
<context>
    <name>RegistrationTableModel</name>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="86"/>
        <source>Registered</source>
        <translation>登録日</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="94"/>
        <source>Partner</source>
        <translation>パートナー</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="100"/>
        <source>Person</source>
        <translation>登録者</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="104"/>
        <source>End customer</source>
        <translation>顧客名</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="108"/>
        <source>Deal</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="111"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="117"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="121"/>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="126"/>
        <source>Corporate number</source>
        <translation>法人番号</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="130"/>
        <source>Source</source>
        <translation>登録元</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="171"/>
        <source>Decided on %1</source>
        <translation>%1 に判断</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="176"/>
        <source>Another partner claims this customer</source>
        <translation>別のパートナーもこの顧客を登録しています</translation>
    </message>
</context>
<context>
    <name>ReportsController</name>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="134"/>
        <source>&amp;Reports</source>
        <translation>レポート(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="135"/>
        <source>Export &amp;QBR…</source>
        <translation>QBRを出力(&amp;Q)…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="136"/>
        <source>Export QBRs for &amp;All Active Partners…</source>
        <translation>有効な全パートナーのQBRを出力(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="137"/>
        <source>&amp;Print QBR…</source>
        <translation>QBRを印刷(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="138"/>
        <source>QBR Print Pre&amp;view…</source>
        <translation>QBRの印刷プレビュー(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="139"/>
        <source>Export &amp;Diagnostic for the Partner…</source>
        <translation>パートナー向け診断シートを出力(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="140"/>
        <source>Export P&amp;ortfolio Workbook…</source>
        <translation>ポートフォリオ・ワークブックを出力(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="141"/>
        <source>Import Returned &amp;Diagnostic…</source>
        <translation>返送された診断シートを取り込む(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="142"/>
        <source>Export QBR…</source>
        <translation>QBRを出力…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="143"/>
        <source>Print QBR…</source>
        <translation>QBRを印刷…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="161"/>
        <location filename="../../prm_desktop/views/reports/controller.py" line="171"/>
        <location filename="../../prm_desktop/views/reports/controller.py" line="215"/>
        <source>Reports</source>
        <translation>レポート</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="161"/>
        <source>No database is open.</source>
        <translation>データベースが開かれていません。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="171"/>
        <source>Select a partner in the list first.</source>
        <translation>先に一覧でパートナーを選択してください。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="214"/>
        <source>The file could not be made: %1</source>
        <translation>ファイルを作成できませんでした：%1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="238"/>
        <source>Export QBR</source>
        <translation>QBRの出力</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="238"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="257"/>
        <source>QBR saved: %1</source>
        <translation>QBRを保存しました：%1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="300"/>
        <source>QBR Print Preview</source>
        <translation>QBRの印刷プレビュー</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="321"/>
        <source>Export Diagnostic</source>
        <translation>診断シートの出力</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="321"/>
        <location filename="../../prm_desktop/views/reports/controller.py" line="399"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excelブック (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="337"/>
        <source>Diagnostic saved: %1. Send it to the partner; import the returned file with File → Import Returned Diagnostic.</source>
        <translation>診断シートを保存しました：%1。パートナーに送付し、返送されたファイルは「ファイル → 返送された診断シートを取り込む」で取り込んでください。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="351"/>
        <location filename="../../prm_desktop/views/reports/controller.py" line="381"/>
        <source>Import Returned Diagnostic</source>
        <translation>返送された診断シートの取り込み</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="353"/>
        <source>Excel workbook (*.xlsx);;All files (*)</source>
        <translation>Excelブック (*.xlsx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="373"/>
        <source>This diagnostic was already imported (self-assessment of %1). Nothing was changed.</source>
        <translation>この診断シートは取り込み済みです（%1 の自己評価）。変更はありません。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="377"/>
        <source>Self-assessment of %1 imported: total %2 / 25.</source>
        <translation>%1 の自己評価を取り込みました：合計 %2 / 25。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="386"/>
        <source>Diagnostic Not Imported</source>
        <translation>診断シートを取り込めませんでした</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="399"/>
        <source>Export Portfolio Workbook</source>
        <translation>ポートフォリオ・ワークブックの出力</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="410"/>
        <source>Portfolio saved: %1</source>
        <translation>ポートフォリオを保存しました：%1</translation>
    </message>
</context>
<context>
    <name>RowErrorModel</name>
    <message>
        <location filename="../../prm_desktop/models/import_models.py" line="54"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_models.py" line="60"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_models.py" line="64"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="61"/>
        <source>Cancel</source>
        <extracomment>Show a Cancel button beside the progress bar while the task runs.</extracomment>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="134"/>
        <source>Cancelling…</source>
        <extracomment>Every task started here, kept until its ``finished`` (an abandoned one may still run on its pool thread, which needs the object).</extracomment>
        <translation>キャンセル中…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="168"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>キャンセルしました。何も取り込んでいません。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="230"/>
        <source>Rows read: %1</source>
        <translation>読み込んだ行：%1 行</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="155"/>
        <source>Saving to the database… It can no longer be cancelled.</source>
        <translation>データベースに保存しています…（この段階ではキャンセルできません）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="196"/>
        <source>Events to add: %1</source>
        <translation>取り込む活動イベント：%1 件</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="197"/>
        <source>Events added: %1</source>
        <translation>取り込んだ活動イベント：%1 件</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="198"/>
        <source>Partners to add: %1</source>
        <translation>追加するパートナー：%1 社</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="199"/>
        <source>Partners added: %1</source>
        <translation>追加したパートナー：%1 社</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="200"/>
        <source>Persons to add: %1</source>
        <translation>追加する担当者：%1 名</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="201"/>
        <source>Persons added: %1</source>
        <translation>追加した担当者：%1 名</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="202"/>
        <source>Materials to add: %1</source>
        <translation>追加する資料：%1 件</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="203"/>
        <source>Materials added: %1</source>
        <translation>追加した資料：%1 件</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="212"/>
        <source>duplicates (skipped): %1</source>
        <translation>重複（スキップ）：%1 行</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="217"/>
        <source>invalid rows: %1 (%2 problems)</source>
        <translation>不正な行：%1 行（問題 %2 件）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="219"/>
        <source>rejected rows: %1 (%2 problems)</source>
        <translation>取り込まなかった行：%1 行（問題 %2 件）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="226"/>
        <source>invalid rows: %1</source>
        <translation>不正な行：%1 行</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="226"/>
        <source>rejected rows: %1</source>
        <translation>取り込まなかった行：%1 行</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="237"/>
        <source>The list shows the first %1 of %2 problems.</source>
        <translation>一覧には %2 件の問題のうち最初の %1 件を表示しています。</translation>
    </message>
</context>
<context>
    <name>SafetyController</name>
    <message>
        <location filename="../../prm_desktop/views/safety/controller.py" line="129"/>
        <source>&amp;Backups…</source>
        <extracomment>Every 30 minutes while the database is open and its data changed.</extracomment>
        <translation>バックアップ(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/controller.py" line="130"/>
        <source>See the backups of this database; restore one</source>
        <translation>このデータベースのバックアップを表示し、復元します</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/controller.py" line="172"/>
        <source>Read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/controller.py" line="174"/>
        <source>This database is open read-only (%1). You can look at everything, but changes are refused. To work on it, copy the file to a folder you can write to and open the copy.</source>
        <translation>このデータベースは読み取り専用で開いています（%1）。すべて閲覧できますが、変更は保存できません。編集するには、書き込めるフォルダーにファイルをコピーし、そのコピーを開いてください。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/controller.py" line="184"/>
        <source>Risky location</source>
        <translation>危険な保存場所</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/controller.py" line="232"/>
        <source>Backed up: %1</source>
        <translation>バックアップしました：%1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/controller.py" line="243"/>
        <source>Damaged Database</source>
        <translation>破損したデータベース</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/controller.py" line="245"/>
        <source>The check of the database found damage:
%1

Stop working in it and restore the newest good backup. Show the backups now?</source>
        <translation>データベースの検査で破損が見つかりました:
%1

作業を中止し、最新の正常なバックアップを復元してください。今すぐバックアップ一覧を表示しますか？</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/controller.py" line="255"/>
        <source>Automatic backup failed: %1</source>
        <translation>自動バックアップに失敗しました：%1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/controller.py" line="266"/>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/controller.py" line="290"/>
        <source>Cannot open database</source>
        <translation>データベースを開けません</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/dialogs.py" line="157"/>
        <source>Snooze Signal</source>
        <translation>シグナルをスヌーズ</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/dialogs.py" line="167"/>
        <source>e.g. the key person is on leave until the 15th</source>
        <translation>例：キーマンが15日まで休暇中</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/dialogs.py" line="169"/>
        <source>Snooze for &amp;days</source>
        <translation>スヌーズする日数(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/dialogs.py" line="171"/>
        <source>&amp;Reason</source>
        <translation>理由(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/dialogs.py" line="178"/>
        <source>Hidden through %1; it returns the day after if still true.</source>
        <translation>%1まで非表示にします。その翌日にまだ該当していれば、再び表示されます。</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../prm_desktop/views/template_dialog.py" line="19"/>
        <source>Onboarding Template</source>
        <translation>オンボーディングテンプレート</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/template_dialog.py" line="25"/>
        <source>Step (Japanese)</source>
        <translation>ステップ（日本語）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/template_dialog.py" line="25"/>
        <source>Days after contract</source>
        <translation>契約後の日数</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/template_dialog.py" line="25"/>
        <source>Step (English)</source>
        <translation>ステップ（英語）</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/template_dialog.py" line="36"/>
        <source>Add Step</source>
        <translation>ステップを追加</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/template_dialog.py" line="37"/>
        <source>Remove Step</source>
        <translation>ステップを削除</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/template_dialog.py" line="42"/>
        <source>Changes apply to checklists created from now on; existing partner checklists keep their steps.</source>
        <translation>変更は今後作成するチェックリストに適用されます。既存のパートナーのチェックリストは変わりません。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/template_dialog.py" line="73"/>
        <source>Step %1: days after contract must be a number.</source>
        <translation>ステップ %1: 契約後の日数は数値で入力してください。</translation>
    </message>
</context>
<context>
    <name>TodaySignalsModel</name>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="642"/>
        <source>Partner / signal</source>
        <extracomment>Programmes up to this many partners are answered on the GUI thread: it takes a few milliseconds, shows no &quot;computing…&quot; flicker, and leaves no query running when a window closes its database. Larger ones are computed on the thread pool.</extracomment>
        <translation>パートナー / シグナル</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="643"/>
        <source>Severity</source>
        <translation>重要度</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="644"/>
        <source>Evidence</source>
        <translation>根拠</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="645"/>
        <source>Suggested action</source>
        <translation>推奨アクション</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/today_view.py" line="272"/>
        <source>from the playbook</source>
        <translation>プレイブックより</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/today_view.py" line="277"/>
        <source>Suggested: %1</source>
        <translation>推奨：%1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/today_view.py" line="285"/>
        <source>The signals could not be computed: %1</source>
        <translation>シグナルを計算できませんでした：%1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/today_view.py" line="289"/>
        <source>Looking for signals…</source>
        <translation>シグナルを検出中…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/today_view.py" line="293"/>
        <source>Nothing needs your attention today.</source>
        <translation>今日、対応が必要なものはありません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/views/diagnosis/today_view.py" line="299"/>
        <source>%n partner(s) need attention</source>
        <translation>
            <numerusform>対応が必要なパートナー %n 社</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/views/diagnosis/today_view.py" line="301"/>
        <source>%n signal(s)</source>
        <translation>
            <numerusform>シグナル %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/today_view.py" line="303"/>
        <source>as of %1</source>
        <translation>%1時点</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/today_view.py" line="336"/>
        <source>Intervention for %1</source>
        <translation>%1への施策</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/today_view.py" line="372"/>
        <source>Snooze %1</source>
        <translation>%1をスヌーズ</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/today_view.py" line="381"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/today_view.py" line="382"/>
        <source>Filter by partner, person or signal…</source>
        <translation>パートナー、担当者、シグナルで絞り込み…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/today_view.py" line="383"/>
        <source>&amp;Record Intervention…</source>
        <translation>施策を記録(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/today_view.py" line="384"/>
        <source>&amp;Snooze…</source>
        <translation>スヌーズ(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/today_view.py" line="385"/>
        <source>&amp;Open Partner</source>
        <translation>パートナーを開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/today_view.py" line="386"/>
        <source>Re&amp;fresh</source>
        <translation>更新(&amp;F)</translation>
    </message>
</context>
<context>
    <name>TodoTableModel</name>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="212"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="217"/>
        <source>Partner</source>
        <translation>パートナー</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="221"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="224"/>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="228"/>
        <source>Side</source>
        <translation>担当側</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="232"/>
        <source>From</source>
        <translation>発生元</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="234"/>
        <source>1on1</source>
        <translation>1on1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="236"/>
        <source>Onboarding</source>
        <translation>オンボーディング</translation>
    </message>
</context>
<context>
    <name>ValidatePage</name>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="251"/>
        <source>Validate</source>
        <extracomment>Back and the wizard&apos;s own Cancel stop a validation; a third button would be noise.</extracomment>
        <translation>検証</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="252"/>
        <source>Every row is checked; nothing is written yet.</source>
        <translation>すべての行を検証します。まだ何も書き込みません。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="253"/>
        <source>Import the valid rows now</source>
        <translation>正しい行だけを取り込む</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="278"/>
        <source>The invalid rows are written with their reason to %1 beside the file, to correct and import again.</source>
        <translation>不正な行は理由を添えて、元ファイルと同じフォルダーの %1 に書き出します（直してから再度取り込めます）。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="293"/>
        <source>Checking every row…</source>
        <translation>すべての行を確認しています…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="308"/>
        <source>All rows are valid.</source>
        <translation>すべての行が正しい形式です。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="311"/>
        <source>No row can be imported. Fix the file or the column mapping, then try again.</source>
        <translation>取り込める行がありません。ファイルか列の対応付けを直してから、やり直してください。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="315"/>
        <source>Some rows are invalid. Fix the file and start again, or tick “Import the valid rows now” below to go on with the others.</source>
        <translation>不正な行があります。ファイルを直してやり直すか、下の「正しい行だけを取り込む」にチェックを入れて残りの行で続けてください。</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../prm_desktop/workspace.py" line="76"/>
        <source>No database is open.</source>
        <translation>データベースが開かれていません。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/workspace.py" line="81"/>
        <source>Changed by someone else</source>
        <translation>他のユーザーが変更しました</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/workspace.py" line="83"/>
        <source>Cannot save</source>
        <translation>保存できません</translation>
    </message>
</context>
</TS>
