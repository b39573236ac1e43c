<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../prm_desktop/views/about_dialog.py" line="32" />
        <source>About PRM Desktop</source>
        <translation>About PRM Desktop</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/about_dialog.py" line="33" />
        <source>PRM Desktop helps channel managers follow every partner company: who sells, how far onboarding got, and what to do next.</source>
        <translation>PRM Desktop helps channel managers follow every partner company: who sells, how far onboarding got, and what to do next.</translation>
    </message>
</context>
<context>
    <name>DemoSetup</name>
    <message>
        <location filename="../../prm_desktop/demo_setup.py" line="49" />
        <source>Creating demo data (200 partners, 24 months)…</source>
        <translation>Creating demo data (200 partners, 24 months)…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/demo_setup.py" line="50" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="12" />
        <source>Reseller</source>
        <translation>Reseller</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="13" />
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="14" />
        <source>System integrator</source>
        <translation>System integrator</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="15" />
        <source>Technology</source>
        <translation>Technology</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="16" />
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="23" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="24" />
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="25" />
        <source>Terminated</source>
        <translation>Terminated</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="149" />
        <source>Filter partners by name, code, territory, owner, key person… (Ctrl+F)</source>
        <translation>Filter partners by name, code, territory, owner, key person… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="151" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="152" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="153" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="154" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="155" />
        <source>&amp;Open Database…</source>
        <translation>&amp;Open Database…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="156" />
        <source>&amp;New Database…</source>
        <translation>&amp;New Database…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="157" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="158" />
        <source>&amp;Filter Partners</source>
        <translation>&amp;Filter Partners</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="159" />
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="160" />
        <source>&amp;About PRM Desktop</source>
        <translation>&amp;About PRM Desktop</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="185" />
        <source>No database open</source>
        <translation>No database open</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="199" />
        <source>Cannot open database</source>
        <translation>Cannot open database</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="204" />
        <source>Open Database</source>
        <translation>Open Database</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="210" />
        <location filename="../../prm_desktop/views/main_window.py" line="217" />
        <source>New Database</source>
        <translation>New Database</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="219" />
        <source>A file with that name already exists. Choose a new name, or use Open Database to open it.</source>
        <translation>A file with that name already exists. Choose a new name, or use Open Database to open it.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/views/main_window.py" line="256" />
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partner</numerusform><numerusform>%n partners</numerusform></translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="259" />
        <source>%1 of %2 partners</source>
        <translation>%1 of %2 partners</translation>
    </message>
</context>
<context>
    <name>PartnerDetailWidget</name>
    <message numerus="yes">
        <location filename="../../prm_desktop/views/partner_detail.py" line="107" />
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform><numerusform>%n events</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/views/partner_detail.py" line="109" />
        <source>%n 1on1(s)</source>
        <translation>
            <numerusform>%n 1on1</numerusform><numerusform>%n 1on1s</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/views/partner_detail.py" line="111" />
        <source>%n open action(s)</source>
        <translation>
            <numerusform>%n open action</numerusform><numerusform>%n open actions</numerusform></translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_detail.py" line="113" />
        <source>onboarding %1/%2</source>
        <translation>onboarding %1/%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/views/partner_detail.py" line="117" />
        <source>Persons (%n)</source>
        <translation>
            <numerusform>Persons (%n)</numerusform><numerusform>Persons (%n)</numerusform></translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_detail.py" line="121" />
        <source>Select a partner in the list to see its details.</source>
        <translation>Select a partner in the list to see its details.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_detail.py" line="122" />
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_detail.py" line="124" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_detail.py" line="125" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_detail.py" line="126" />
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_detail.py" line="127" />
        <source>Territory</source>
        <translation>Territory</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_detail.py" line="128" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_detail.py" line="129" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_detail.py" line="130" />
        <source>Contract date</source>
        <translation>Contract date</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_detail.py" line="131" />
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_detail.py" line="135" />
        <source>Phase and headline numbers</source>
        <translation>Phase and headline numbers</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_detail.py" line="136" />
        <source>KPIs for this partner will appear here.</source>
        <translation>KPIs for this partner will appear here.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_detail.py" line="137" />
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <location filename="../../prm_desktop/models/partner_table.py" line="40" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/partner_table.py" line="41" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/partner_table.py" line="42" />
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/partner_table.py" line="43" />
        <source>Territory</source>
        <translation>Territory</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/partner_table.py" line="44" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/partner_table.py" line="45" />
        <source>Last activity</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/partner_table.py" line="46" />
        <source>Key person</source>
        <translation>Key person</translation>
    </message>
</context>
<context>
    <name>PersonListModel</name>
    <message>
        <location filename="../../prm_desktop/models/person_list.py" line="39" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/person_list.py" line="40" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/person_list.py" line="41" />
        <location filename="../../prm_desktop/models/person_list.py" line="54" />
        <source>Key person</source>
        <translation>Key person</translation>
    </message>
</context>
</TS>