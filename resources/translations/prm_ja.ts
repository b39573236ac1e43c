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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="149" />
        <source>Filter partners by name, code, territory, owner, key person… (Ctrl+F)</source>
        <translation>社名・コード・地域・担当者・キーマンで絞り込み… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="151" />
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="152" />
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="153" />
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="154" />
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="155" />
        <source>&amp;Open Database…</source>
        <translation>データベースを開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="156" />
        <source>&amp;New Database…</source>
        <translation>新しいデータベース(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="157" />
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="158" />
        <source>&amp;Filter Partners</source>
        <translation>パートナーを絞り込む(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="159" />
        <source>&amp;Refresh</source>
        <translation>最新の情報に更新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="160" />
        <source>&amp;About PRM Desktop</source>
        <translation>PRM Desktop について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="185" />
        <source>No database open</source>
        <translation>データベースが開かれていません</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="199" />
        <source>Cannot open database</source>
        <translation>データベースを開けません</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="204" />
        <source>Open Database</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="210" />
        <location filename="../../prm_desktop/views/main_window.py" line="217" />
        <source>New Database</source>
        <translation>新しいデータベース</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="219" />
        <source>A file with that name already exists. Choose a new name, or use Open Database to open it.</source>
        <translation>同じ名前のファイルがすでにあります。別の名前を選ぶか、「データベースを開く」で開いてください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/views/main_window.py" line="256" />
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n 社</numerusform></translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="259" />
        <source>%1 of %2 partners</source>
        <translation>%2 社中 %1 社を表示</translation>
    </message>
</context>
<context>
    <name>PartnerDetailWidget</name>
    <message numerus="yes">
        <location filename="../../prm_desktop/views/partner_detail.py" line="107" />
        <source>%n event(s)</source>
        <translation>
            <numerusform>活動 %n 件</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/views/partner_detail.py" line="109" />
        <source>%n 1on1(s)</source>
        <translation>
            <numerusform>1on1 %n 回</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/views/partner_detail.py" line="111" />
        <source>%n open action(s)</source>
        <translation>
            <numerusform>未完了アクション %n 件</numerusform></translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_detail.py" line="113" />
        <source>onboarding %1/%2</source>
        <translation>オンボーディング %1/%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/views/partner_detail.py" line="117" />
        <source>Persons (%n)</source>
        <translation>
            <numerusform>担当者 (%n 名)</numerusform></translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_detail.py" line="121" />
        <source>Select a partner in the list to see its details.</source>
        <translation>一覧からパートナーを選ぶと、ここに詳細が表示されます。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_detail.py" line="122" />
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_detail.py" line="124" />
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_detail.py" line="125" />
        <source>Type</source>
        <translation>種別</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_detail.py" line="126" />
        <source>Tier</source>
        <translation>ランク</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_detail.py" line="127" />
        <source>Territory</source>
        <translation>地域</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_detail.py" line="128" />
        <source>Owner</source>
        <translation>担当マネージャー</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_detail.py" line="129" />
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_detail.py" line="130" />
        <source>Contract date</source>
        <translation>契約日</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_detail.py" line="131" />
        <source>Records</source>
        <translation>記録</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_detail.py" line="135" />
        <source>Phase and headline numbers</source>
        <translation>フェーズと主要指標</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_detail.py" line="136" />
        <source>KPIs for this partner will appear here.</source>
        <translation>このパートナーの KPI がここに表示されます。</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_detail.py" line="137" />
        <source>Persons</source>
        <translation>担当者</translation>
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
    <name>PersonListModel</name>
    <message>
        <location filename="../../prm_desktop/models/person_list.py" line="39" />
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/person_list.py" line="40" />
        <source>Role</source>
        <translation>役職</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/person_list.py" line="41" />
        <location filename="../../prm_desktop/models/person_list.py" line="54" />
        <source>Key person</source>
        <translation>キーマン</translation>
    </message>
</context>
</TS>