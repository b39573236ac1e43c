<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../prm_desktop/views/about_dialog.py" line="32" />
            <source>About PRM Desktop</source>
            <translation>PRM Desktop について</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/about_dialog.py" line="33" />
            <source>PRM Desktop helps channel managers follow every partner company: who sells, how far onboarding got, and what to do next.</source>
            <translation>PRM Desktop は、パートナー企業ごとに「誰が売っているか」「オンボーディングはどこまで進んだか」「次に何をすべきか」を追いかけるための、パートナーマネージャー向けアプリです。</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/about_dialog.py" line="43" />
            <source>Log file: %1</source>
            <translation>ログファイル: %1</translation>
        </message>
    </context>
    <context>
        <name>ActivityTab</name>
        <message>
            <location filename="../../prm_desktop/views/tabs/activity_tab.py" line="35" />
            <source>All kinds</source>
            <translation>すべての種別</translation>
        </message>
        <message numerus="yes">
            <location filename="../../prm_desktop/views/tabs/activity_tab.py" line="53" />
            <source>%n event(s)</source>
            <translation>
                <numerusform>活動 %n 件</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChecklistTableModel</name>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="78" />
            <source>Step</source>
            <translation>ステップ</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="83" />
            <source>Due</source>
            <translation>期限</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="88" />
            <source>Done</source>
            <translation>完了</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="93" />
            <source>Note</source>
            <translation>メモ</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="107" />
            <source>Overdue</source>
            <translation>期限切れ</translation>
        </message>
    </context>
    <context>
        <name>ClaimCompareModel</name>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="319" />
            <source>Partner</source>
            <extracomment>The rows of the side-by-side comparison, in order.</extracomment>
            <translation>パートナー</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="320" />
            <source>Registered by</source>
            <translation>登録者</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="321" />
            <source>End customer (as typed)</source>
            <translation>顧客名（入力どおり）</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="322" />
            <source>Corporate number</source>
            <translation>法人番号</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="323" />
            <source>Deal</source>
            <translation>案件</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="324" />
            <source>Amount</source>
            <translation>金額</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="325" />
            <source>Registered</source>
            <translation>登録日</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="326" />
            <source>Expires</source>
            <translation>有効期限</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="327" />
            <source>Status</source>
            <translation>ステータス</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="328" />
            <source>Decision</source>
            <translation>判断</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="329" />
            <source>Source</source>
            <translation>登録元</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="358" />
            <source>Claim %1</source>
            <translation>登録 %1</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="361" />
            <source> (first)</source>
            <translation>（先行）</translation>
        </message>
    </context>
    <context>
        <name>ComparisonModel</name>
        <message>
            <location filename="../../prm_desktop/views/partner_kpis.py" line="37" />
            <source>Last 90 days</source>
            <translation>直近90日</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_kpis.py" line="41" />
            <source>This partner</source>
            <translation>このパートナー</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_kpis.py" line="46" />
            <source>Programme median</source>
            <translation>全体の中央値</translation>
        </message>
    </context>
    <context>
        <name>ConflictGroupModel</name>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="243" />
            <source>First registered</source>
            <translation>最初の登録日</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="248" />
            <source>End customer</source>
            <translation>顧客名</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="252" />
            <source>Matched on</source>
            <translation>一致の根拠</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="256" />
            <source>Partners</source>
            <translation>パートナー</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="260" />
            <source>Claims</source>
            <translation>登録数</translation>
        </message>
    </context>
    <context>
        <name>ConflictPanel</name>
        <message>
            <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="164" />
            <source>Looking for conflicts…</source>
            <translation>コンフリクトを確認しています…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="174" />
            <source>Could not look for conflicts: %1</source>
            <translation>コンフリクトを確認できませんでした: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="201" />
            <source>%n unresolved conflict(s)</source>
            <translation>
                <numerusform>未解決のコンフリクト %n 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="203" />
            <source>No unresolved conflicts.</source>
            <translation>未解決のコンフリクトはありません。</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="226" />
            <source>Claim %1 (%2) ↔ claim %3 (%4) — matched on %5</source>
            <translation>登録 %1（%2）↔ 登録 %3（%4）— 一致: %5</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="269" />
            <source>Resolve conflict over %1</source>
            <translation>%1 のコンフリクトを解決</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="288" />
            <source>Decision</source>
            <translation>判断</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="289" />
            <source>&amp;Pair:</source>
            <translation>組み合わせ(&amp;P):</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="291" />
            <source>Keep the first claim</source>
            <translation>先の登録を優先</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="292" />
            <source>Keep the second claim</source>
            <translation>後の登録を優先</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="293" />
            <source>Both are legitimate</source>
            <translation>両方とも正当</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="294" />
            <source>&amp;Reason:</source>
            <translation>理由(&amp;R):</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="296" />
            <source>Why, in a sentence both partners would accept</source>
            <translation>両パートナーが納得できる理由を一文で</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="297" />
            <source>&amp;Resolve</source>
            <translation>解決(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="298" />
            <source>Open &amp;Partner</source>
            <translation>パートナーを開く(&amp;P)</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="130" />
            <source>Computing…</source>
            <translation>計算中…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="231" />
            <source>As of</source>
            <translation>基準日</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="232" />
            <source>Period</source>
            <translation>期間</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="233" />
            <source>Type</source>
            <translation>種別</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="234" />
            <source>Tier</source>
            <translation>ランク</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="235" />
            <source>Territory</source>
            <translation>地域</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="236" />
            <source>Owner</source>
            <translation>担当マネージャー</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="244" />
            <source>This month</source>
            <translation>今月</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="245" />
            <source>Last month</source>
            <translation>先月</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="246" />
            <source>This quarter</source>
            <translation>今四半期</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="247" />
            <source>Last 90 days</source>
            <translation>直近90日</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="248" />
            <source>Year to date</source>
            <translation>年初来</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="273" />
            <source>All</source>
            <translation>すべて</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="315" />
            <source>As of %1 · %2 – %3</source>
            <translation>基準日 %1 · 期間 %2 – %3</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="322" />
            <source>Registered partners</source>
            <translation>登録パートナー数</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="323" />
            <source>Activation rate</source>
            <translation>アクティベーション率</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="324" />
            <source>Deals per activated partner</source>
            <translation>活性パートナーあたり案件数</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="325" />
            <source>Retention (90 days)</source>
            <translation>継続利用率(90日)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="326" />
            <source>Downloads per partner</source>
            <translation>パートナーあたり資料DL数</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="338" />
            <source>Partner journey (click a bar: partners who stopped there)</source>
            <translation>パートナージャーニー(棒をクリック:そこで止まったパートナー)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="344" />
            <source>%1: %2 partners, %3 of registered, %4 of the previous step</source>
            <translation>%1:%2 社、登録比 %3、前ステップ比 %4</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="353" />
            <source>Phases</source>
            <translation>フェーズ</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="360" />
            <source>Deal registrations per month (label: activated partners)</source>
            <translation>月別の案件登録数(ラベル:活性パートナー数)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="366" />
            <source>%1: %2 deal registrations by %3 partners</source>
            <translation>%1:%3 社による案件登録 %2 件</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="374" />
            <source>Downloads by material (red: unused)</source>
            <translation>資料別ダウンロード数(赤:未使用)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="379" />
            <source>unused</source>
            <translation>未使用</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="384" />
            <source>Leads vs deals per person</source>
            <translation>担当者別 リード数と案件数</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="396" />
            <source>Retention rate over time</source>
            <translation>継続利用率の推移</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="404" />
            <source>Cohorts: share with a login k months after joining</source>
            <translation>コホート:登録 k か月後にログインした割合</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="421" />
            <source>%1 but not %2</source>
            <translation>%1 済み・%2 なし</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="431" />
            <source>Phase: %1</source>
            <translation>フェーズ:%1</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="437" />
            <source>Downloaded %1</source>
            <translation>%1 をダウンロード</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="444" />
            <source>Registered a deal in %1</source>
            <translation>%1 に案件登録</translation>
        </message>
    </context>
    <context>
        <name>DealLabels</name>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="31" />
            <source>Submitted</source>
            <translation>申請中</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="32" />
            <source>Approved</source>
            <translation>承認</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="33" />
            <source>Rejected</source>
            <translation>却下</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="34" />
            <source>Won</source>
            <translation>受注</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="35" />
            <source>Lost</source>
            <translation>失注</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="36" />
            <source>Expired</source>
            <translation>期限切れ</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="37" />
            <source>Open (submitted or approved)</source>
            <translation>有効（申請中または承認）</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="44" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="45" />
            <source>Corporate number</source>
            <translation>法人番号</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="52" />
            <source>Typed in the app</source>
            <translation>アプリで入力</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="56" />
            <source>%1, row %2</source>
            <translation>%1 の %2 行目</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="72" />
            <source>%1 (%2 days left)</source>
            <translation>%1（残り %2 日）</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="74" />
            <source>%1 (1 day left)</source>
            <translation>%1（残り 1 日）</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="76" />
            <source>%1 (last day)</source>
            <translation>%1（本日まで）</translation>
        </message>
    </context>
    <context>
        <name>DealsFeature</name>
        <message>
            <location filename="../../prm_desktop/views/deals/__init__.py" line="22" />
            <source>Deals</source>
            <translation>案件登録</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/__init__.py" line="26" />
            <source>Deal registrations</source>
            <translation>案件登録</translation>
        </message>
    </context>
    <context>
        <name>DealsView</name>
        <message>
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="375" />
            <source>Registrations</source>
            <translation>登録一覧</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="379" />
            <source>Conflicts (%1)</source>
            <translation>コンフリクト（%1）</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="379" />
            <source>Conflicts</source>
            <translation>コンフリクト</translation>
        </message>
    </context>
    <context>
        <name>DecisionDialog</name>
        <message>
            <location filename="../../prm_desktop/views/deals/decision_dialog.py" line="22" />
            <source>Approve Registration</source>
            <translation>案件登録の承認</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/decision_dialog.py" line="23" />
            <source>Reject Registration</source>
            <translation>案件登録の却下</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/decision_dialog.py" line="24" />
            <source>Record Deal Won</source>
            <translation>受注を記録</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/decision_dialog.py" line="25" />
            <source>Record Deal Lost</source>
            <translation>失注を記録</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/decision_dialog.py" line="39" />
            <source>%1 — %2 for %3 (registered %4, now %5)</source>
            <translation>%1 — %3 向け %2（登録日 %4、現在: %5）</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/decision_dialog.py" line="49" />
            <source>Why? Required to reject; shown to whoever reads the history.</source>
            <translation>理由（却下には必須。履歴を見る人に表示されます）</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/decision_dialog.py" line="51" />
            <source>Why? (optional)</source>
            <translation>理由（任意）</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/decision_dialog.py" line="55" />
            <source>&amp;Reason:</source>
            <translation>理由(&amp;R):</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/decision_dialog.py" line="56" />
            <source>&amp;Decision date:</source>
            <translation>判断日(&amp;D):</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/decision_dialog.py" line="84" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>DemoSetup</name>
        <message>
            <location filename="../../prm_desktop/demo_setup.py" line="49" />
            <source>Creating demo data (200 partners, 24 months)…</source>
            <translation>デモデータを作成しています(パートナー200社・24か月分)…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/demo_setup.py" line="50" />
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
    </context>
    <context>
        <name>EventPageModel</name>
        <message>
            <location filename="../../prm_desktop/models/event_page.py" line="26" />
            <source>When</source>
            <translation>日時</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/event_page.py" line="30" />
            <source>Kind</source>
            <translation>種別</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/event_page.py" line="34" />
            <source>Person</source>
            <translation>担当者</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/event_page.py" line="38" />
            <source>Material</source>
            <translation>資料</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/event_page.py" line="42" />
            <source>Deal</source>
            <translation>案件</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/event_page.py" line="46" />
            <source>Customer</source>
            <translation>顧客</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/event_page.py" line="50" />
            <source>Amount (JPY)</source>
            <translation>金額(円)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/event_page.py" line="56" />
            <source>Source</source>
            <translation>取込元</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="65" />
            <source>Choose a file</source>
            <translation>ファイルを選ぶ</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="68" />
            <source>CSV (UTF-8 or Shift_JIS, comma, tab or semicolon) or Excel .xlsx. Headers in English or Japanese.</source>
            <translation>CSV(UTF-8 または Shift_JIS、カンマ・タブ・セミコロン区切り)または Excel (.xlsx)。見出しは英語でも日本語でも構いません。</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="73" />
            <source>Browse…</source>
            <translation>参照…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="79" />
            <source>Create partners and persons that do not exist yet</source>
            <translation>未登録のパートナーと担当者を作成する</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="89" />
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="90" />
            <source>&amp;Contains</source>
            <translation>内容(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="96" />
            <source>Import File</source>
            <translation>取り込むファイル</translation>
        </message>
    </context>
    <context>
        <name>GoToPartnerDialog</name>
        <message>
            <location filename="../../prm_desktop/views/goto_dialog.py" line="22" />
            <source>Go to Partner</source>
            <translation>パートナーへ移動</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/goto_dialog.py" line="28" />
            <source>Partner name, reading or code…</source>
            <translation>社名・よみ・コード…</translation>
        </message>
    </context>
    <context>
        <name>GoalDialog</name>
        <message>
            <location filename="../../prm_desktop/views/goal_dialog.py" line="20" />
            <source>Edit Goal</source>
            <translation>目標を編集</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/goal_dialog.py" line="20" />
            <source>New Goal</source>
            <translation>新しい目標</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/goal_dialog.py" line="35" />
            <source>The whole partner</source>
            <translation>パートナー全体</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/goal_dialog.py" line="42" />
            <source>&amp;Metric</source>
            <translation>指標(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/goal_dialog.py" line="43" />
            <source>&amp;Target</source>
            <translation>目標値(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/goal_dialog.py" line="44" />
            <source>Period &amp;start</source>
            <translation>期間開始(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/goal_dialog.py" line="45" />
            <source>Period &amp;end</source>
            <translation>期間終了(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/goal_dialog.py" line="46" />
            <source>&amp;Person</source>
            <translation>担当者(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/goal_dialog.py" line="47" />
            <source>N&amp;ote</source>
            <translation>メモ(&amp;O)</translation>
        </message>
    </context>
    <context>
        <name>GoalTableModel</name>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="170" />
            <source>Metric</source>
            <translation>指標</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="174" />
            <source>Person</source>
            <translation>担当者</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="178" />
            <source>Period</source>
            <translation>期間</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="183" />
            <source>Target</source>
            <translation>目標値</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="189" />
            <source>Actual</source>
            <translation>実績</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="195" />
            <source>Progress</source>
            <translation>進捗</translation>
        </message>
    </context>
    <context>
        <name>GoalsTab</name>
        <message>
            <location filename="../../prm_desktop/views/tabs/goals_tab.py" line="25" />
            <source>&amp;New Goal…</source>
            <translation>新しい目標(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/goals_tab.py" line="26" />
            <source>&amp;Edit…</source>
            <translation>編集(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/goals_tab.py" line="27" />
            <source>&amp;Delete…</source>
            <translation>削除(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/goals_tab.py" line="59" />
            <source>New goal</source>
            <translation>目標の追加</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/goals_tab.py" line="76" />
            <source>Edit goal</source>
            <translation>目標の編集</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/goals_tab.py" line="87" />
            <source>Delete Goal</source>
            <translation>目標を削除</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/goals_tab.py" line="87" />
            <source>Delete this goal?</source>
            <translation>この目標を削除しますか?</translation>
        </message>
    </context>
    <context>
        <name>ImportPage</name>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="337" />
            <source>Import</source>
            <translation>取り込み</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="364" />
            <source>Imported.</source>
            <translation>取り込みました。</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="366" />
            <source>Rejected rows were written to %1</source>
            <translation>取り込めなかった行を %1 に書き出しました</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="371" />
            <source>Nothing was imported.</source>
            <translation>何も取り込んでいません。</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="53" />
            <source>Activity events</source>
            <translation>活動イベント</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="54" />
            <source>Partners</source>
            <translation>パートナー</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="55" />
            <source>Persons</source>
            <translation>担当者</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="56" />
            <source>Materials (contents)</source>
            <translation>資料</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="387" />
            <source>Import</source>
            <translation>取り込み</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="12" />
            <source>Reseller</source>
            <translation>販売代理店</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="13" />
            <source>Agency</source>
            <translation>取次代理店</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="14" />
            <source>System integrator</source>
            <translation>SIer</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="15" />
            <source>Technology</source>
            <translation>テクノロジー</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="16" />
            <source>Referral</source>
            <translation>紹介</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="23" />
            <source>Active</source>
            <translation>契約中</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="24" />
            <source>Suspended</source>
            <translation>休止中</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="25" />
            <source>Terminated</source>
            <translation>契約終了</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="32" />
            <source>Deals registered</source>
            <translation>案件登録数</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="33" />
            <source>Deals won</source>
            <translation>受注数</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="34" />
            <source>Won amount (JPY)</source>
            <translation>受注金額(円)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="35" />
            <source>Trainings completed</source>
            <translation>研修修了数</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="36" />
            <source>Leads registered</source>
            <translation>リード登録数</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="43" />
            <source>Perception</source>
            <translation>認識</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="44" />
            <source>Readiness</source>
            <translation>準備</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="45" />
            <source>Activate</source>
            <translation>動機付け</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="46" />
            <source>Collaboration</source>
            <translation>協働</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="47" />
            <source>Trust</source>
            <translation>信頼関係</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="54" />
            <source>Us</source>
            <translation>当社</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="55" />
            <source>Partner</source>
            <translation>パートナー</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="62" />
            <source>Registered</source>
            <translation>PRM登録</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="63" />
            <source>Login</source>
            <translation>ログイン</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="64" />
            <source>Material download</source>
            <translation>資料DL</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="65" />
            <source>Training completed</source>
            <translation>研修修了</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="66" />
            <source>Deal consulted</source>
            <translation>案件相談</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="67" />
            <source>Lead registered</source>
            <translation>リード登録</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="68" />
            <source>Deal registered</source>
            <translation>案件登録</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="69" />
            <source>Proposal</source>
            <translation>提案</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="70" />
            <source>Deal won</source>
            <translation>受注</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="71" />
            <source>Deal lost</source>
            <translation>失注</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="78" />
            <source>Onboarding</source>
            <translation>オンボーディング</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="79" />
            <source>Activation</source>
            <translation>アクティベーション</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="80" />
            <source>Retention</source>
            <translation>リテンション</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="81" />
            <source>Dormant</source>
            <translation>休眠</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="274" />
            <source>Filter partners by name, code, territory, owner, key person… (Ctrl+F)</source>
            <extracomment>Feature modules add their commands here (PRACT, signals, reports, backups...).</extracomment>
            <translation>社名・コード・地域・担当者・キーマンで絞り込み… (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="276" />
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="277" />
            <source>&amp;Edit</source>
            <translation>編集(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="278" />
            <source>&amp;New Partner…</source>
            <translation>新しいパートナー(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="279" />
            <source>&amp;Edit Partner…</source>
            <translation>パートナーを編集(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="280" />
            <source>&amp;Delete Partner…</source>
            <translation>パートナーを削除(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="281" />
            <source>&amp;Go to Partner…</source>
            <translation>パートナーへ移動(&amp;G)…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="282" />
            <source>Onboarding &amp;Template…</source>
            <translation>オンボーディングテンプレート(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="283" />
            <source>&amp;Partners</source>
            <translation>パートナー(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="284" />
            <source>&amp;My Actions</source>
            <translation>マイアクション(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="285" />
            <source>Partners</source>
            <translation>パートナー</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="286" />
            <source>My actions</source>
            <translation>マイアクション</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="287" />
            <source>Dashboard</source>
            <translation>ダッシュボード</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="288" />
            <source>&amp;Dashboard</source>
            <translation>ダッシュボード(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="289" />
            <source>Show All Partners</source>
            <translation>すべてのパートナーを表示</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="290" />
            <source>&amp;View</source>
            <translation>表示(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="291" />
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="292" />
            <source>&amp;Tools</source>
            <translation>ツール(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="295" />
            <source>&amp;Language</source>
            <translation>言語(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="296" />
            <source>&amp;Open Database…</source>
            <translation>データベースを開く(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="297" />
            <source>&amp;New Database…</source>
            <translation>新しいデータベース(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="298" />
            <source>&amp;Import CSV or Excel…</source>
            <translation>CSV・Excel を取り込む(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="299" />
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="300" />
            <source>&amp;Filter Partners</source>
            <translation>パートナーを絞り込む(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="301" />
            <source>&amp;Refresh</source>
            <translation>最新の情報に更新(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="302" />
            <source>&amp;About PRM Desktop</source>
            <translation>PRM Desktop について(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="329" />
            <source>No database open</source>
            <translation>データベースが開かれていません</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="352" />
            <source>Cannot open database</source>
            <translation>データベースを開けません</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="357" />
            <source>Open Database</source>
            <translation>データベースを開く</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="363" />
            <location filename="../../prm_desktop/views/main_window.py" line="370" />
            <source>New Database</source>
            <translation>新しいデータベース</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="372" />
            <source>A file with that name already exists. Choose a new name, or use Open Database to open it.</source>
            <translation>同じ名前のファイルがすでにあります。別の名前を選ぶか、「データベースを開く」で開いてください。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../prm_desktop/views/main_window.py" line="408" />
            <source>%n partner(s)</source>
            <translation>
                <numerusform>%n 社</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="411" />
            <source>%1 of %2 partners</source>
            <translation>%2 社中 %1 社を表示</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="433" />
            <source>Showing %1 partner(s): %2</source>
            <translation>%1 社を表示中:%2</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="483" />
            <source>New partner %1</source>
            <translation>パートナー %1 の追加</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="500" />
            <source>Edit partner %1</source>
            <translation>パートナー %1 の編集</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="515" />
            <source>Delete Partner</source>
            <translation>パートナーを削除</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="517" />
            <source>Delete %1 with all its persons, activity, 1on1s and goals? This cannot be undone.</source>
            <translation>%1 を、担当者・活動・1on1・目標ごと削除しますか?元に戻せません。</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="120" />
            <source>Check the preview and map the columns</source>
            <translation>プレビューを確認して列を対応付ける</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="134" />
            <source>Which field does each column hold?</source>
            <translation>各列にはどの項目が入っていますか?</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="143" />
            <source>%1 · about %2 rows</source>
            <translation>%1 · 約 %2 行</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="154" />
            <source>(ignore this column)</source>
            <translation>(この列は使わない)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="159" />
            <source>(no header)</source>
            <translation>(見出しなし)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="173" />
            <source>required field(s) not mapped: %1</source>
            <translation>必須項目が未対応:%1</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="176" />
            <source>mapped twice: %1</source>
            <translation>重複して対応付け:%1</translation>
        </message>
    </context>
    <context>
        <name>MeetingDialog</name>
        <message>
            <location filename="../../prm_desktop/views/meeting_dialog.py" line="82" />
            <source>Edit 1on1</source>
            <translation>1on1 を編集</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/meeting_dialog.py" line="82" />
            <source>New 1on1</source>
            <translation>新しい 1on1</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/meeting_dialog.py" line="91" />
            <source>&amp;Date</source>
            <translation>日付(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/meeting_dialog.py" line="92" />
            <source>&amp;Topics</source>
            <translation>議題(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/meeting_dialog.py" line="93" />
            <source>PRACT &amp;phase discussed</source>
            <translation>話し合った PRACT フェーズ(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/meeting_dialog.py" line="119" />
            <source>&amp;Attendees</source>
            <translation>出席者(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/meeting_dialog.py" line="123" />
            <source>What was discussed, agreed, and why…</source>
            <translation>話し合ったこと、合意したこと、その理由…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/meeting_dialog.py" line="125" />
            <source>&amp;Notes</source>
            <translation>メモ(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/meeting_dialog.py" line="139" />
            <source>Action item</source>
            <translation>アクション</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/meeting_dialog.py" line="140" />
            <source>Owner</source>
            <translation>担当マネージャー</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/meeting_dialog.py" line="141" />
            <source>Side</source>
            <translation>担当側</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/meeting_dialog.py" line="142" />
            <source>Due (YYYY-MM-DD)</source>
            <translation>期限 (YYYY-MM-DD)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/meeting_dialog.py" line="143" />
            <source>Done</source>
            <translation>完了</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/meeting_dialog.py" line="153" />
            <source>Add action item</source>
            <translation>アクションを追加</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/meeting_dialog.py" line="154" />
            <source>Remove</source>
            <translation>削除</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/meeting_dialog.py" line="161" />
            <source>Action items</source>
            <translation>アクション</translation>
        </message>
    </context>
    <context>
        <name>MeetingListModel</name>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="134" />
            <source>Date</source>
            <translation>日付</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="138" />
            <source>Topics</source>
            <translation>議題</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="142" />
            <source>Attendees</source>
            <translation>出席者</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="146" />
            <source>PRACT</source>
            <translation>PRACT</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="150" />
            <source>Open actions</source>
            <translation>未完了アクション</translation>
        </message>
    </context>
    <context>
        <name>MeetingsTab</name>
        <message>
            <location filename="../../prm_desktop/views/tabs/meetings_tab.py" line="27" />
            <source>&amp;New 1on1…</source>
            <translation>新しい 1on1(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/meetings_tab.py" line="28" />
            <source>&amp;Open…</source>
            <translation>開く(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/meetings_tab.py" line="29" />
            <source>&amp;Delete…</source>
            <translation>削除(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/meetings_tab.py" line="78" />
            <source>New 1on1</source>
            <translation>新しい 1on1</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/meetings_tab.py" line="108" />
            <source>Delete 1on1</source>
            <translation>1on1 を削除</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/meetings_tab.py" line="109" />
            <source>Delete the 1on1 of %1 and its action items?</source>
            <translation>%1 の 1on1 とそのアクションを削除しますか?</translation>
        </message>
    </context>
    <context>
        <name>MyActionsView</name>
        <message numerus="yes">
            <location filename="../../prm_desktop/views/my_actions.py" line="90" />
            <source>%n open item(s)</source>
            <translation>
                <numerusform>未完了 %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../prm_desktop/views/my_actions.py" line="92" />
            <source>%n overdue</source>
            <translation>
                <numerusform>期限切れ %n 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/my_actions.py" line="123" />
            <source>Complete %1</source>
            <translation>%1 を完了</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/my_actions.py" line="127" />
            <source>Filter by partner, item or owner… (Ctrl+F)</source>
            <translation>パートナー・項目・担当者で絞り込み… (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/my_actions.py" line="128" />
            <source>Mark &amp;Done</source>
            <translation>完了にする(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/my_actions.py" line="129" />
            <source>&amp;Open Partner</source>
            <translation>パートナーを開く(&amp;O)</translation>
        </message>
    </context>
    <context>
        <name>OnboardingTab</name>
        <message>
            <location filename="../../prm_desktop/views/tabs/onboarding_tab.py" line="39" />
            <source>&amp;Create Checklist from Template</source>
            <translation>テンプレートからチェックリストを作成(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/onboarding_tab.py" line="40" />
            <source>Mark &amp;Done / Not Done</source>
            <translation>完了/未完了を切り替え(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/onboarding_tab.py" line="65" />
            <source>No onboarding checklist yet.</source>
            <translation>オンボーディングのチェックリストはまだありません。</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/onboarding_tab.py" line="67" />
            <source>%1 of %2 steps done</source>
            <translation>%2 ステップ中 %1 完了</translation>
        </message>
        <message numerus="yes">
            <location filename="../../prm_desktop/views/tabs/onboarding_tab.py" line="69" />
            <source>%n overdue</source>
            <translation>
                <numerusform>期限切れ %n 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/onboarding_tab.py" line="85" />
            <source>Complete %1</source>
            <translation>%1 を完了</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/onboarding_tab.py" line="85" />
            <source>Reopen %1</source>
            <translation>%1 を未完了に戻す</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="63" />
            <source>&amp;Edit Partner…</source>
            <translation>パートナーを編集(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="64" />
            <source>Delete Partner…</source>
            <translation>パートナーを削除…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="65" />
            <source>Overview</source>
            <translation>概要</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="67" />
            <source>Code</source>
            <translation>コード</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="68" />
            <source>Type</source>
            <translation>種別</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="69" />
            <source>Tier</source>
            <translation>ランク</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="70" />
            <source>Territory</source>
            <translation>地域</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="71" />
            <source>Industry</source>
            <translation>業種</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="72" />
            <source>Owner</source>
            <translation>担当マネージャー</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="73" />
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="74" />
            <source>Contract date</source>
            <translation>契約日</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="75" />
            <source>Records</source>
            <translation>記録</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="79" />
            <source>Phase and headline numbers</source>
            <translation>フェーズと主要指標</translation>
        </message>
        <message>
            <source>KPIs for this partner will appear here.</source>
            <translation type="vanished">このパートナーの KPI がここに表示されます。</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="80" />
            <source>Notes</source>
            <translation>メモ</translation>
        </message>
        <message numerus="yes">
            <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="113" />
            <source>%n person(s)</source>
            <translation>
                <numerusform>担当者 %n 名</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="114" />
            <source>%n event(s)</source>
            <translation>
                <numerusform>活動 %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="115" />
            <source>%n 1on1(s)</source>
            <translation>
                <numerusform>1on1 %n 回</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="116" />
            <source>%n open action(s)</source>
            <translation>
                <numerusform>未完了アクション %n 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="117" />
            <source>onboarding %1/%2</source>
            <translation>オンボーディング %1/%2</translation>
        </message>
    </context>
    <context>
        <name>PartnerDealsTab</name>
        <message>
            <location filename="../../prm_desktop/views/deals/partner_deals_tab.py" line="89" />
            <source>No activity names this deal yet.</source>
            <translation>この案件に関する活動はまだありません。</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/partner_deals_tab.py" line="93" />
            <source>Activity on this deal: %1</source>
            <translation>この案件の活動: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../prm_desktop/views/deals/partner_deals_tab.py" line="120" />
            <source>%n registration(s)</source>
            <translation>
                <numerusform>%n 件の登録</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/partner_deals_tab.py" line="123" />
            <source>&amp;New…</source>
            <translation>新規(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/partner_deals_tab.py" line="124" />
            <source>&amp;Approve…</source>
            <translation>承認(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/partner_deals_tab.py" line="125" />
            <source>Re&amp;ject…</source>
            <translation>却下(&amp;J)…</translation>
        </message>
    </context>
    <context>
        <name>PartnerDetailWidget</name>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation type="vanished">
                <numerusform>活動 %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n 1on1(s)</source>
            <translation type="vanished">
                <numerusform>1on1 %n 回</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open action(s)</source>
            <translation type="vanished">
                <numerusform>未完了アクション %n 件</numerusform>
            </translation>
        </message>
        <message>
            <source>onboarding %1/%2</source>
            <translation type="vanished">オンボーディング %1/%2</translation>
        </message>
        <message numerus="yes">
            <source>Persons (%n)</source>
            <translation type="vanished">
                <numerusform>担当者 (%n 名)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_detail.py" line="102" />
            <source>Select a partner in the list to see its details.</source>
            <translation>一覧からパートナーを選ぶと、ここに詳細が表示されます。</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_detail.py" line="104" />
            <source>Overview</source>
            <translation>概要</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_detail.py" line="105" />
            <source>Key persons</source>
            <translation>キーマン</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_detail.py" line="106" />
            <source>Onboarding</source>
            <translation>オンボーディング</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_detail.py" line="107" />
            <source>1on1 log</source>
            <translation>1on1記録</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_detail.py" line="108" />
            <source>Goals</source>
            <translation>共通の目標</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_detail.py" line="109" />
            <source>Activity</source>
            <translation>活動</translation>
        </message>
        <message>
            <source>Code</source>
            <translation type="vanished">コード</translation>
        </message>
        <message>
            <source>Type</source>
            <translation type="vanished">種別</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation type="vanished">ランク</translation>
        </message>
        <message>
            <source>Territory</source>
            <translation type="vanished">地域</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation type="vanished">担当マネージャー</translation>
        </message>
        <message>
            <source>Status</source>
            <translation type="vanished">状態</translation>
        </message>
        <message>
            <source>Contract date</source>
            <translation type="vanished">契約日</translation>
        </message>
        <message>
            <source>Records</source>
            <translation type="vanished">記録</translation>
        </message>
        <message>
            <source>Phase and headline numbers</source>
            <translation type="vanished">フェーズと主要指標</translation>
        </message>
        <message>
            <source>KPIs for this partner will appear here.</source>
            <translation type="vanished">このパートナーの KPI がここに表示されます。</translation>
        </message>
        <message>
            <source>Persons</source>
            <translation type="vanished">担当者</translation>
        </message>
    </context>
    <context>
        <name>PartnerDialog</name>
        <message>
            <location filename="../../prm_desktop/views/partner_dialog.py" line="15" />
            <source>Edit Partner</source>
            <translation>パートナーを編集</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_dialog.py" line="15" />
            <source>New Partner</source>
            <translation>新しいパートナー</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_dialog.py" line="36" />
            <source>&amp;Name</source>
            <translation>名前(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_dialog.py" line="37" />
            <source>Reading (kana)</source>
            <translation>よみがな</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_dialog.py" line="38" />
            <source>&amp;Code</source>
            <translation>コード(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_dialog.py" line="39" />
            <source>&amp;Type</source>
            <translation>種別(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_dialog.py" line="40" />
            <source>&amp;Status</source>
            <translation>状態(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_dialog.py" line="41" />
            <source>Te&amp;rritory</source>
            <translation>地域(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_dialog.py" line="42" />
            <source>&amp;Industry</source>
            <translation>業種(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_dialog.py" line="43" />
            <source>&amp;Owner</source>
            <translation>担当マネージャー(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_dialog.py" line="44" />
            <source>Tie&amp;r</source>
            <translation>ランク(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_dialog.py" line="45" />
            <source>Contract &amp;date</source>
            <translation>契約日(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_dialog.py" line="46" />
            <source>No&amp;tes</source>
            <translation>メモ(&amp;T)</translation>
        </message>
    </context>
    <context>
        <name>PartnerKpiPanel</name>
        <message>
            <location filename="../../prm_desktop/views/partner_kpis.py" line="22" />
            <source>Material downloads</source>
            <translation>資料DL</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_kpis.py" line="23" />
            <source>Leads</source>
            <translation>リード</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_kpis.py" line="24" />
            <source>Deals registered</source>
            <translation>案件登録</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_kpis.py" line="25" />
            <source>Deals won</source>
            <translation>受注</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_kpis.py" line="26" />
            <source>Logins</source>
            <translation>ログイン</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_kpis.py" line="27" />
            <source>Trainings</source>
            <translation>研修修了</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_kpis.py" line="107" />
            <source>Computing…</source>
            <translation>計算中…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_kpis.py" line="111" />
            <source>not registered yet</source>
            <translation>未登録</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_kpis.py" line="112" />
            <source>Phase: &lt;b&gt;%1&lt;/b&gt;</source>
            <translation>フェーズ:&lt;b&gt;%1&lt;/b&gt;</translation>
        </message>
    </context>
    <context>
        <name>PartnerTableModel</name>
        <message>
            <location filename="../../prm_desktop/models/partner_table.py" line="40" />
            <source>Name</source>
            <translation>社名</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/partner_table.py" line="41" />
            <source>Type</source>
            <translation>種別</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/partner_table.py" line="42" />
            <source>Tier</source>
            <translation>ランク</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/partner_table.py" line="43" />
            <source>Territory</source>
            <translation>地域</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/partner_table.py" line="44" />
            <source>Owner</source>
            <translation>担当マネージャー</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/partner_table.py" line="45" />
            <source>Last activity</source>
            <translation>最終活動日</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/partner_table.py" line="46" />
            <source>Key person</source>
            <translation>キーマン</translation>
        </message>
    </context>
    <context>
        <name>PeopleTableModel</name>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="76" />
            <source>Partner</source>
            <translation>パートナー</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="80" />
            <source>Person</source>
            <translation>担当者</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="84" />
            <source>Leads</source>
            <translation>リード</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="90" />
            <source>Deals</source>
            <translation>案件</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="96" />
            <source>Conversion</source>
            <translation>転換率</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <location filename="../../prm_desktop/views/person_dialog.py" line="13" />
            <source>Edit Person</source>
            <translation>担当者を編集</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/person_dialog.py" line="13" />
            <source>New Person</source>
            <translation>新しい担当者</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/person_dialog.py" line="19" />
            <source>Key person (キーマン)</source>
            <translation>キーマン</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/person_dialog.py" line="24" />
            <source>&amp;Name</source>
            <translation>名前(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/person_dialog.py" line="25" />
            <source>&amp;Role</source>
            <translation>役職(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/person_dialog.py" line="26" />
            <source>&amp;Email</source>
            <translation>メール(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/person_dialog.py" line="27" />
            <source>&amp;Phone</source>
            <translation>電話(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/person_dialog.py" line="29" />
            <source>No&amp;tes</source>
            <translation>メモ(&amp;T)</translation>
        </message>
    </context>
    <context>
        <name>PersonListModel</name>
        <message>
            <source>Name</source>
            <translation type="vanished">名前</translation>
        </message>
        <message>
            <source>Role</source>
            <translation type="vanished">役職</translation>
        </message>
        <message>
            <source>Key person</source>
            <translation type="vanished">キーマン</translation>
        </message>
    </context>
    <context>
        <name>PersonTableModel</name>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="26" />
            <source>Name</source>
            <translation>名前</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="29" />
            <source>Role</source>
            <translation>役職</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="33" />
            <source>Email</source>
            <translation>メール</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="37" />
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="41" />
            <location filename="../../prm_desktop/models/workspace_tables.py" line="43" />
            <source>Key person</source>
            <translation>キーマン</translation>
        </message>
    </context>
    <context>
        <name>PersonsTab</name>
        <message>
            <location filename="../../prm_desktop/views/tabs/persons_tab.py" line="28" />
            <source>&amp;Add Person…</source>
            <translation>担当者を追加(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/persons_tab.py" line="29" />
            <source>&amp;Edit…</source>
            <translation>編集(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/persons_tab.py" line="30" />
            <source>&amp;Delete…</source>
            <translation>削除(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/persons_tab.py" line="31" />
            <source>Erase Personal &amp;Data…</source>
            <translation>個人情報を消去(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/persons_tab.py" line="61" />
            <source>Add person</source>
            <translation>担当者の追加</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/persons_tab.py" line="71" />
            <source>Edit person %1</source>
            <translation>担当者 %1 の編集</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/persons_tab.py" line="86" />
            <source>Delete Person</source>
            <translation>担当者を削除</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/persons_tab.py" line="87" />
            <source>Delete %1? Their past activity stays with the partner.</source>
            <translation>%1 を削除しますか?過去の活動はパートナーに残ります。</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/persons_tab.py" line="101" />
            <source>Erase Personal Data</source>
            <translation>個人情報の消去</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/persons_tab.py" line="103" />
            <source>Erase the name, email and phone of %1 everywhere, including 1on1 attendee lists and notes? Partner-level counts remain. This cannot be undone.</source>
            <translation>%1 の氏名・メール・電話を、1on1 の出席者やメモを含むすべての場所から消去しますか?パートナー単位の集計は残ります。元に戻せません。</translation>
        </message>
    </context>
    <context>
        <name>PreviewTableModel</name>
        <message>
            <location filename="../../prm_desktop/models/import_models.py" line="32" />
            <source>Row</source>
            <translation>行</translation>
        </message>
    </context>
    <context>
        <name>RegistrationDialog</name>
        <message>
            <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="36" />
            <source>Edit Deal Registration</source>
            <extracomment>partner id → [(person id, name)], read when the partner changes.</extracomment>
            <translation>案件登録の編集</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="36" />
            <source>New Deal Registration</source>
            <translation>新規案件登録</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="51" />
            <source>As the partner wrote it, e.g. 株式会社アルファ</source>
            <translation>パートナーの記載どおり（例: 株式会社アルファ）</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="53" />
            <source>13 digits, optional</source>
            <translation>13桁（任意）</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="56" />
            <source>JPY, e.g. 1,200,000</source>
            <translation>円（例: 1,200,000）</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="59" />
            <source>Empty: the registered date plus the default validity</source>
            <translation>空欄: 登録日＋既定の有効日数</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="61" />
            <source>&amp;Partner:</source>
            <translation>パートナー(&amp;P):</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="62" />
            <source>Registered &amp;by:</source>
            <translation>登録者(&amp;B):</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="63" />
            <source>End &amp;customer:</source>
            <translation>顧客名(&amp;C):</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="64" />
            <source>Corporate &amp;number:</source>
            <translation>法人番号(&amp;N):</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="65" />
            <source>&amp;Deal:</source>
            <translation>案件(&amp;D):</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="66" />
            <source>&amp;Amount:</source>
            <translation>金額(&amp;A):</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="67" />
            <source>&amp;Registered:</source>
            <translation>登録日(&amp;R):</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="68" />
            <source>&amp;Expires:</source>
            <translation>有効期限(&amp;E):</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="81" />
            <source>(not recorded)</source>
            <translation>（記録なし）</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="93" />
            <source>Choose a partner from the list.</source>
            <translation>一覧からパートナーを選んでください。</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="97" />
            <source>Amount: %1</source>
            <translation>金額: %1</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="136" />
            <source>New registration: %1</source>
            <translation>新規案件登録: %1</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="170" />
            <source>Edit registration: %1</source>
            <translation>案件登録の編集: %1</translation>
        </message>
    </context>
    <context>
        <name>RegistrationList</name>
        <message>
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="140" />
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="297" />
            <source>All partners</source>
            <translation>すべてのパートナー</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="141" />
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="298" />
            <source>All owners</source>
            <translation>すべての担当マネージャー</translation>
        </message>
        <message numerus="yes">
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="169" />
            <source>%n registration(s)</source>
            <translation>
                <numerusform>%n 件の登録</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="231" />
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="276" />
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="280" />
            <source>Import Deal Registrations</source>
            <translation>案件登録の取り込み</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="233" />
            <source>CSV or Excel files (*.csv *.tsv *.txt *.xlsx)</source>
            <translation>CSV または Excel ファイル (*.csv *.tsv *.txt *.xlsx)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="244" />
            <source>Importing %1…</source>
            <translation>%1 を取り込んでいます…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="263" />
            <source>Imported: %1</source>
            <translation>取り込み: %1 件</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="264" />
            <source>Already there: %1</source>
            <translation>登録済み: %1 件</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="268" />
            <source>New partners: %1</source>
            <translation>新規パートナー: %1</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="271" />
            <source>The file was rejected; nothing was imported.</source>
            <translation>ファイルは却下されました。何も取り込まれていません。</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="273" />
            <source>Row %1: %2</source>
            <translation>%1 行目: %2</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="290" />
            <source>All statuses</source>
            <translation>すべてのステータス</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="299" />
            <source>Expires within 14 days</source>
            <translation>14日以内に期限切れ</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="300" />
            <source>&amp;New…</source>
            <translation>新規(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="301" />
            <source>&amp;Edit…</source>
            <translation>編集(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="302" />
            <source>&amp;Import File…</source>
            <translation>ファイルを取り込む(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="303" />
            <source>&amp;Approve…</source>
            <translation>承認(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="304" />
            <source>Re&amp;ject…</source>
            <translation>却下(&amp;J)…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="305" />
            <source>&amp;Won…</source>
            <translation>受注(&amp;W)…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="306" />
            <source>&amp;Lost…</source>
            <translation>失注(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="307" />
            <source>&amp;Open Partner</source>
            <translation>パートナーを開く(&amp;O)</translation>
        </message>
    </context>
    <context>
        <name>RegistrationTableModel</name>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="85" />
            <source>Registered</source>
            <translation>登録日</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="93" />
            <source>Partner</source>
            <translation>パートナー</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="99" />
            <source>Person</source>
            <translation>担当者</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="103" />
            <source>End customer</source>
            <translation>顧客名</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="107" />
            <source>Deal</source>
            <translation>案件</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="110" />
            <source>Amount</source>
            <translation>金額</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="116" />
            <source>Status</source>
            <translation>ステータス</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="120" />
            <source>Expires</source>
            <translation>有効期限</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="125" />
            <source>Corporate number</source>
            <translation>法人番号</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="129" />
            <source>Source</source>
            <translation>登録元</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="168" />
            <source>Decided on %1</source>
            <translation>%1 に判断</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="173" />
            <source>Another partner claims this customer</source>
            <translation>別のパートナーもこの顧客を登録しています</translation>
        </message>
    </context>
    <context>
        <name>RowErrorModel</name>
        <message>
            <location filename="../../prm_desktop/models/import_models.py" line="53" />
            <source>Row</source>
            <translation>行</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/import_models.py" line="59" />
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/import_models.py" line="63" />
            <source>Problem</source>
            <translation>問題</translation>
        </message>
    </context>
    <context>
        <name>RunPage</name>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="197" />
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="226" />
            <source>Cancelling…</source>
            <translation>キャンセル中…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="246" />
            <source>Cancelled: nothing was imported.</source>
            <translation>キャンセルしました。何も取り込んでいません。</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="261" />
            <source>Rows read: %1</source>
            <translation>読み込んだ行:%1</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="262" />
            <source>New: %1 · already there (skipped): %2 · rejected rows: %3</source>
            <translation>新規:%1 · 登録済み(スキップ):%2 · 不正な行:%3</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="269" />
            <source>New partners: %1</source>
            <translation>新しいパートナー:%1</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="276" />
            <source>New persons: %1</source>
            <translation>新しい担当者:%1 名</translation>
        </message>
    </context>
    <context>
        <name>TemplateDialog</name>
        <message>
            <location filename="../../prm_desktop/views/template_dialog.py" line="18" />
            <source>Onboarding Template</source>
            <translation>オンボーディングテンプレート</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/template_dialog.py" line="24" />
            <source>Step</source>
            <translation>ステップ</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/template_dialog.py" line="24" />
            <source>Step (Japanese)</source>
            <translation>ステップ(日本語)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/template_dialog.py" line="24" />
            <source>Days after contract</source>
            <translation>契約後の日数</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/template_dialog.py" line="32" />
            <source>Add Step</source>
            <translation>ステップを追加</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/template_dialog.py" line="33" />
            <source>Remove Step</source>
            <translation>ステップを削除</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/template_dialog.py" line="38" />
            <source>Changes apply to checklists created from now on; existing partner checklists keep their steps.</source>
            <translation>変更は今後作成するチェックリストに適用されます。既存のパートナーのチェックリストは変わりません。</translation>
        </message>
    </context>
    <context>
        <name>TodoTableModel</name>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="212" />
            <source>Due</source>
            <translation>期限</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="217" />
            <source>Partner</source>
            <translation>パートナー</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="221" />
            <source>What</source>
            <translation>内容</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="224" />
            <source>Owner</source>
            <translation>担当マネージャー</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="228" />
            <source>Side</source>
            <translation>担当側</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="232" />
            <source>From</source>
            <translation>発生元</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="234" />
            <source>1on1</source>
            <translation>1on1</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="236" />
            <source>Onboarding</source>
            <translation>オンボーディング</translation>
        </message>
    </context>
    <context>
        <name>ValidatePage</name>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="283" />
            <source>Validate</source>
            <translation>検証</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="284" />
            <source>Every row is checked; nothing is written yet.</source>
            <translation>すべての行を検証します。まだ何も書き込みません。</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="287" />
            <source>Import the valid rows anyway and write the rejected ones to a .rejected.csv beside the file</source>
            <translation>正しい行だけを取り込み、不正な行は元ファイルの隣の .rejected.csv に書き出す</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="315" />
            <source>All rows are valid.</source>
            <translation>すべての行が正しい形式です。</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="319" />
            <source>Some rows are invalid. Fix the file and start again, or import only the valid rows.</source>
            <translation>不正な行があります。ファイルを直してやり直すか、正しい行だけを取り込んでください。</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <location filename="../../prm_desktop/workspace.py" line="80" />
            <source>Changed by someone else</source>
            <translation>他のユーザーが変更しました</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/workspace.py" line="82" />
            <source>Cannot save</source>
            <translation>保存できません</translation>
        </message>
    </context>
</TS>
