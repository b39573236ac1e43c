<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../prm_desktop/views/about_dialog.py" line="26"/>
        <source>About PRM Desktop</source>
        <translation>About PRM Desktop</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/about_dialog.py" line="27"/>
        <source>PRM Desktop helps channel managers follow every partner company: who sells, how far onboarding got, and what to do next.</source>
        <translation>PRM Desktop helps channel managers follow every partner company: who sells, how far onboarding got, and what to do next.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/about_dialog.py" line="37"/>
        <source>Log file: %1</source>
        <translation>Log file: %1</translation>
    </message>
</context>
<context>
    <name>ActivityTab</name>
    <message>
        <location filename="../../prm_desktop/views/tabs/activity_tab.py" line="35"/>
        <source>No activity of this kind.</source>
        <translation>No activity of this kind.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/activity_tab.py" line="37"/>
        <source>No activity yet: import the partner portal&apos;s log (File → Import CSV or Excel, or drop the file on the window).</source>
        <translation>No activity yet: import the partner portal&apos;s log (File → Import CSV or Excel, or drop the file on the window).</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/activity_tab.py" line="45"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/views/tabs/activity_tab.py" line="63"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/dialogs.py" line="45"/>
        <source>New PRACT Assessment</source>
        <translation>New PRACT Assessment</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/dialogs.py" line="53"/>
        <source>&amp;Assessed by</source>
        <translation>&amp;Assessed by</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/dialogs.py" line="54"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/dialogs.py" line="56"/>
        <source>Scores: 0 = not at all … 5 = fully</source>
        <translation>Scores: 0 = not at all … 5 = fully</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/dialogs.py" line="79"/>
        <source>Comments: what was said, what to work on…</source>
        <translation>Comments: what was said, what to work on…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/dialogs.py" line="95"/>
        <source>Total: &lt;b&gt;%1&lt;/b&gt;/25 — &lt;span style=&apos;color:%2&apos;&gt;%3&lt;/span&gt;</source>
        <translation>Total: &lt;b&gt;%1&lt;/b&gt;/25 — &lt;span style=&apos;color:%2&apos;&gt;%3&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>AssessmentHistoryModel</name>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="719"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="723"/>
        <source>Assessor</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="731"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="737"/>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="741"/>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../prm_desktop/views/safety/backups_dialog.py" line="41"/>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/backups_dialog.py" line="42"/>
        <source>Every 30 minutes</source>
        <translation>Every 30 minutes</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/backups_dialog.py" line="43"/>
        <source>Before an import</source>
        <translation>Before an import</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/backups_dialog.py" line="44"/>
        <source>Before a schema upgrade</source>
        <translation>Before a schema upgrade</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/backups_dialog.py" line="45"/>
        <source>Before a restore</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/backups_dialog.py" line="46"/>
        <source>Backed up by hand</source>
        <translation>Backed up by hand</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/backups_dialog.py" line="47"/>
        <source>On closing</source>
        <translation>On closing</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/backups_dialog.py" line="59"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/backups_dialog.py" line="64"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/backups_dialog.py" line="68"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/backups_dialog.py" line="77"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/backups_dialog.py" line="83"/>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/backups_dialog.py" line="173"/>
        <location filename="../../prm_desktop/views/safety/backups_dialog.py" line="252"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/backups_dialog.py" line="176"/>
        <source>Backups of %1, kept in %2</source>
        <translation>Backups of %1, kept in %2</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/backups_dialog.py" line="183"/>
        <source>A backup is made when the database is opened, every 30 minutes while it changes, and before every import, schema upgrade and restore; each one is checked before it counts. Kept: the last %1 of today, then one a day for %2 days, one a week for %3 weeks and one a month for %4 months.</source>
        <translation>A backup is made when the database is opened, every 30 minutes while it changes, and before every import, schema upgrade and restore; each one is checked before it counts. Kept: the last %1 of today, then one a day for %2 days, one a week for %3 weeks and one a month for %4 months.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/backups_dialog.py" line="194"/>
        <source>There is no backup of this database yet.</source>
        <translation>There is no backup of this database yet.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/backups_dialog.py" line="195"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/backups_dialog.py" line="196"/>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Back Up Now</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/backups_dialog.py" line="197"/>
        <source>Open &amp;Folder</source>
        <translation>Open &amp;Folder</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/backups_dialog.py" line="221"/>
        <source>Restore Backup</source>
        <translation>Restore Backup</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/backups_dialog.py" line="224"/>
        <source>Replace the database with the backup from %1 (%2 partners, %3 events)?

The database as it is now is backed up first, so you can go back to it from this list.</source>
        <translation>Replace the database with the backup from %1 (%2 partners, %3 events)?

The database as it is now is backed up first, so you can go back to it from this list.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/backups_dialog.py" line="250"/>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../prm_desktop/views/dashboard/charts.py" line="169"/>
        <source>No data yet</source>
        <translation>No data yet</translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message>
        <location filename="../../prm_desktop/views/reports/dialogs.py" line="123"/>
        <source>Export QBRs for All Active Partners</source>
        <translation>Export QBRs for All Active Partners</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/dialogs.py" line="133"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/dialogs.py" line="138"/>
        <source>&amp;Folder</source>
        <translation>&amp;Folder</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/dialogs.py" line="148"/>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/dialogs.py" line="165"/>
        <source>Folder for the QBRs</source>
        <translation>Folder for the QBRs</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/dialogs.py" line="180"/>
        <source>Choose a folder first.</source>
        <translation>Choose a folder first.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/dialogs.py" line="206"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/dialogs.py" line="212"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/dialogs.py" line="229"/>
        <source>%1 of %2 partners done</source>
        <translation>%1 of %2 partners done</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/views/reports/dialogs.py" line="233"/>
        <source>%n QBR(s) written to %1.</source>
        <translation>
            <numerusform>%n QBR written to %1.</numerusform>
            <numerusform>%n QBRs written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/dialogs.py" line="238"/>
        <source>These failed:</source>
        <translation>These failed:</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/dialogs.py" line="242"/>
        <source>The export failed: %1</source>
        <translation>The export failed: %1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/dialogs.py" line="246"/>
        <source>Cancelled. The QBRs written before cancelling were kept; no file is left half-written.</source>
        <translation>Cancelled. The QBRs written before cancelling were kept; no file is left half-written.</translation>
    </message>
</context>
<context>
    <name>ChecklistTableModel</name>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="78"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="83"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="88"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="93"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="107"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>ClaimCompareModel</name>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="322"/>
        <source>Partner</source>
        <extracomment>The rows of the side-by-side comparison, in order.</extracomment>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="323"/>
        <source>Registered by</source>
        <translation>Registered by</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="324"/>
        <source>End customer (as typed)</source>
        <translation>End customer (as typed)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="325"/>
        <source>Corporate number</source>
        <translation>Corporate number</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="326"/>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="327"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="328"/>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="329"/>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="330"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="331"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="332"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="361"/>
        <source>Claim %1</source>
        <translation>Claim %1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="364"/>
        <source> (first)</source>
        <translation> (first)</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="915"/>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="919"/>
        <source>90 days before</source>
        <translation>90 days before</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="924"/>
        <source>90 days after</source>
        <translation>90 days after</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="1019"/>
        <source>Won amount (JPY)</source>
        <translation>Won amount (JPY)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="1032"/>
        <source>Journey steps reached</source>
        <translation>Journey steps reached</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="1036"/>
        <source>Lead → deal conversion</source>
        <translation>Lead → deal conversion</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="1040"/>
        <source>Top person&apos;s share of deals</source>
        <translation>Top person&apos;s share of deals</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="1044"/>
        <source>Logged in (retention)</source>
        <translation>Logged in (retention)</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../../prm_desktop/views/partner_kpis.py" line="37"/>
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_kpis.py" line="41"/>
        <source>This partner</source>
        <translation>This partner</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_kpis.py" line="46"/>
        <source>Programme median</source>
        <translation>Programme median</translation>
    </message>
</context>
<context>
    <name>ConflictGroupModel</name>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="246"/>
        <source>First registered</source>
        <translation>First registered</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="251"/>
        <source>End customer</source>
        <translation>End customer</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="255"/>
        <source>Matched on</source>
        <translation>Matched on</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="259"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="263"/>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="159"/>
        <source>Looking for conflicts…</source>
        <translation>Looking for conflicts…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="169"/>
        <source>Could not look for conflicts: %1</source>
        <translation>Could not look for conflicts: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="195"/>
        <source>%n unresolved conflict(s)</source>
        <translation>
            <numerusform>%n unresolved conflict</numerusform>
            <numerusform>%n unresolved conflicts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="197"/>
        <source>No unresolved conflicts.</source>
        <translation>No unresolved conflicts.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="221"/>
        <source>Claim %1 (%2) ↔ claim %3 (%4) — matched on %5</source>
        <translation>Claim %1 (%2) ↔ claim %3 (%4) — matched on %5</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="265"/>
        <source>Resolve conflict over %1</source>
        <translation>Resolve conflict over %1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="284"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="285"/>
        <source>&amp;Pair</source>
        <translation>&amp;Pair</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="290"/>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="287"/>
        <source>Keep the first claim</source>
        <translation>Keep the first claim</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="288"/>
        <source>Keep the second claim</source>
        <translation>Keep the second claim</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="289"/>
        <source>Both are legitimate</source>
        <translation>Both are legitimate</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="292"/>
        <source>Why, in a sentence both partners would accept</source>
        <translation>Why, in a sentence both partners would accept</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="293"/>
        <source>&amp;Resolve</source>
        <translation>&amp;Resolve</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="294"/>
        <source>Open &amp;Partner</source>
        <translation>Open &amp;Partner</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="26"/>
        <source>Cannot open database {path}: the file is damaged or is not a PRM database ({reason}). Nothing was changed; to restore it from a backup, start PRM Desktop with this file or run prm restore.</source>
        <translation>Cannot open database {path}: the file is damaged or is not a PRM database ({reason}). Nothing was changed; to restore it from a backup, start PRM Desktop with this file or run prm restore.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="32"/>
        <source>Cannot open database {path} now: another program is writing to it (a large import from the command line, for example) and kept it locked for more than {seconds} seconds. Nothing was changed; try again when it has finished.</source>
        <translation>Cannot open database {path} now: another program is writing to it (a large import from the command line, for example) and kept it locked for more than {seconds} seconds. Nothing was changed; try again when it has finished.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="38"/>
        <source>{path} holds a write that was interrupted (the -journal file beside it). Undoing it needs write access to the file and its folder. Nothing was changed; open it once where it can be written.</source>
        <translation>{path} holds a write that was interrupted (the -journal file beside it). Undoing it needs write access to the file and its folder. Nothing was changed; open it once where it can be written.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="44"/>
        <source>{path} does not exist.</source>
        <translation>{path} does not exist.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="45"/>
        <source>{path} is read-only and uses an older schema ({current}). Copy it to a folder you can write to and open the copy.</source>
        <translation>{path} is read-only and uses an older schema ({current}). Copy it to a folder you can write to and open the copy.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="50"/>
        <source>This database is open read-only ({reason}). Nothing was saved; copy the file to a folder you can write to to change it.</source>
        <translation>This database is open read-only ({reason}). Nothing was saved; copy the file to a folder you can write to to change it.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="55"/>
        <source>Another window or program kept this database busy for more than {seconds} seconds. Nothing was saved; try again in a moment.</source>
        <translation>Another window or program kept this database busy for more than {seconds} seconds. Nothing was saved; try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="60"/>
        <source>This database is on a PostgreSQL server: back it up with the server&apos;s own tools (pg_dump, or the backups your administrator runs). PRM Desktop backs up SQLite files.</source>
        <translation>This database is on a PostgreSQL server: back it up with the server&apos;s own tools (pg_dump, or the backups your administrator runs). PRM Desktop backs up SQLite files.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="65"/>
        <source>The backup copy of {path} failed its check ({reason}); it was discarded.</source>
        <translation>The backup copy of {path} failed its check ({reason}); it was discarded.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="69"/>
        <source>{path} could not be backed up because it is damaged ({reason}).</source>
        <translation>{path} could not be backed up because it is damaged ({reason}).</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="72"/>
        <source>{path} could not be backed up now: another program is writing to it and kept it locked for more than {seconds} seconds. Nothing was changed; try again when it has finished.</source>
        <translation>{path} could not be backed up now: another program is writing to it and kept it locked for more than {seconds} seconds. Nothing was changed; try again when it has finished.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="78"/>
        <source>{path} could not be restored now: another program is writing to it and kept it locked for more than {seconds} seconds. Nothing was changed; try again when it has finished.</source>
        <translation>{path} could not be restored now: another program is writing to it and kept it locked for more than {seconds} seconds. Nothing was changed; try again when it has finished.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="84"/>
        <source>{path} already exists; choose another file name.</source>
        <translation>{path} already exists; choose another file name.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="87"/>
        <source>{path} is not a usable backup ({reason}).</source>
        <translation>{path} is not a usable backup ({reason}).</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="90"/>
        <source>The backup and the database are the same file.</source>
        <translation>The backup and the database are the same file.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="93"/>
        <source>There is no good backup of {path} to restore.</source>
        <translation>There is no good backup of {path} to restore.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="96"/>
        <source>The database is in a folder synced by {service} ({folder}). Sync services copy the file while PRM Desktop writes to it and can leave a damaged or conflicting copy; keep the database in a local folder (it is backed up automatically).</source>
        <translation>The database is in a folder synced by {service} ({folder}). Sync services copy the file while PRM Desktop writes to it and can leave a damaged or conflicting copy; keep the database in a local folder (it is backed up automatically).</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="102"/>
        <source>The database is on a network drive ({detail}). File locking over a network is unreliable and two people writing at once can damage the file; keep it on a local disk, or use a PostgreSQL server for a team.</source>
        <translation>The database is on a network drive ({detail}). File locking over a network is unreliable and two people writing at once can damage the file; keep it on a local disk, or use a PostgreSQL server for a team.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="108"/>
        <source>the file is read-only</source>
        <translation>the file is read-only</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="111"/>
        <source>it was opened read-only on request</source>
        <translation>it was opened read-only on request</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="114"/>
        <source>the folder is read-only, and SQLite needs to create its journal files beside the file</source>
        <translation>the folder is read-only, and SQLite needs to create its journal files beside the file</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="118"/>
        <source>SQLite integrity check: {detail}</source>
        <translation>SQLite integrity check: {detail}</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="121"/>
        <source>The file cannot be read as a database: {detail}</source>
        <translation>The file cannot be read as a database: {detail}</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="124"/>
        <source>{table} row {rowid} refers to {parent} {value}, which does not exist</source>
        <translation>{table} row {rowid} refers to {parent} {value}, which does not exist</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="127"/>
        <source>{table} row {rowid} belongs to partner {partner}, which does not exist</source>
        <translation>{table} row {rowid} belongs to partner {partner}, which does not exist</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="130"/>
        <source>{table} row {rowid} of partner {partner} names person {person}, who belongs to partner {other}</source>
        <translation>{table} row {rowid} of partner {partner} names person {person}, who belongs to partner {other}</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="135"/>
        <source>{table} row {rowid} names person {person}, who does not exist</source>
        <translation>{table} row {rowid} names person {person}, who does not exist</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="138"/>
        <source>Event {rowid} names content {content}, which does not exist</source>
        <translation>Event {rowid} names content {content}, which does not exist</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="141"/>
        <source>Action item {rowid} belongs to partner {partner} but its 1on1 {meeting} belongs to partner {other}</source>
        <translation>Action item {rowid} belongs to partner {partner} but its 1on1 {meeting} belongs to partner {other}</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="146"/>
        <source>1on1 {meeting} of partner {partner} lists person {person} of partner {other} as an attendee</source>
        <translation>1on1 {meeting} of partner {partner} lists person {person} of partner {other} as an attendee</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="151"/>
        <source>Action item {rowid} has status {status} but done date {done_on}</source>
        <translation>Action item {rowid} has status {status} but done date {done_on}</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="154"/>
        <source>{count} onboarding templates are marked as the default</source>
        <translation>{count} onboarding templates are marked as the default</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="157"/>
        <source>The schema version {revision} is unknown to this version of PRM Desktop</source>
        <translation>The schema version {revision} is unknown to this version of PRM Desktop</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="160"/>
        <source>The schema version is {revision}; opening the file upgrades it to {head}</source>
        <translation>The schema version is {revision}; opening the file upgrades it to {head}</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="163"/>
        <source>The check {name} could not run: {detail}</source>
        <translation>The check {name} could not run: {detail}</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="167"/>
        <source>{label} must not be empty.</source>
        <translation>{label} must not be empty.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="170"/>
        <source>{label} is too long ({length} characters, at most {limit}).</source>
        <translation>{label} is too long ({length} characters, at most {limit}).</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="173"/>
        <source>Email &quot;{value}&quot; is malformed (expected name@example.co.jp).</source>
        <translation>Email &quot;{value}&quot; is malformed (expected name@example.co.jp).</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="176"/>
        <source>Phone &quot;{value}&quot; is malformed (digits, spaces, +, -, parentheses only).</source>
        <translation>Phone &quot;{value}&quot; is malformed (digits, spaces, +, -, parentheses only).</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="179"/>
        <source>{label} &quot;{value}&quot; is not one of: {options}.</source>
        <translation>{label} &quot;{value}&quot; is not one of: {options}.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="182"/>
        <source>{end} ({end_date}) is before {start} ({start_date}).</source>
        <translation>{end} ({end_date}) is before {start} ({start_date}).</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="185"/>
        <source>{label} score {value} is out of range (0–5).</source>
        <translation>{label} score {value} is out of range (0–5).</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="188"/>
        <source>{what} was changed or deleted by someone else while saving. Nothing was saved; reload to see the current values.</source>
        <translation>{what} was changed or deleted by someone else while saving. Nothing was saved; reload to see the current values.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="193"/>
        <source>{what} could not be saved: {detail}</source>
        <translation>{what} could not be saved: {detail}</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="196"/>
        <source>{label} no longer exists (it may have been deleted elsewhere).</source>
        <translation>{label} no longer exists (it may have been deleted elsewhere).</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="199"/>
        <source> ({changes})</source>
        <translation> ({changes})</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="200"/>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="201"/>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="202"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="203"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="204"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="205"/>
        <source>{label} was changed by someone else since you opened it{detail}. Nothing was saved; reload to see the new values and apply your edit again.</source>
        <translation>{label} was changed by someone else since you opened it{detail}. Nothing was saved; reload to see the new values and apply your edit again.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="210"/>
        <source>The 1on1</source>
        <translation>The 1on1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="211"/>
        <source>The 1on1 of {date}</source>
        <translation>The 1on1 of {date}</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="212"/>
        <source>The action item</source>
        <translation>The action item</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="213"/>
        <source>The assessment</source>
        <translation>The assessment</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="214"/>
        <source>The checklist item</source>
        <translation>The checklist item</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="217"/>
        <source>The checklist</source>
        <translation>The checklist</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="218"/>
        <source>The conflict resolution</source>
        <translation>The conflict resolution</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="221"/>
        <source>The deal registration</source>
        <translation>The deal registration</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="224"/>
        <source>The goal</source>
        <translation>The goal</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="225"/>
        <source>The intervention</source>
        <translation>The intervention</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="228"/>
        <source>The partner</source>
        <translation>The partner</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="229"/>
        <source>The person</source>
        <translation>The person</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="230"/>
        <source>The playbook entry</source>
        <translation>The playbook entry</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="233"/>
        <source>The point rules</source>
        <translation>The point rules</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="234"/>
        <source>The setting</source>
        <translation>The setting</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="235"/>
        <source>The snooze</source>
        <translation>The snooze</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="236"/>
        <source>The template</source>
        <translation>The template</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="237"/>
        <source>The thresholds</source>
        <translation>The thresholds</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="238"/>
        <source>The tier ladder</source>
        <translation>The tier ladder</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="239"/>
        <source>Partner &quot;{name}&quot;</source>
        <translation>Partner &quot;{name}&quot;</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="240"/>
        <source>Person &quot;{name}&quot;</source>
        <translation>Person &quot;{name}&quot;</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="241"/>
        <source>Deal registration &quot;{name}&quot;</source>
        <translation>Deal registration &quot;{name}&quot;</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="244"/>
        <source>Action item &quot;{name}&quot;</source>
        <translation>Action item &quot;{name}&quot;</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="247"/>
        <source>Checklist item &quot;{name}&quot;</source>
        <translation>Checklist item &quot;{name}&quot;</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="250"/>
        <source>Template &quot;{name}&quot;</source>
        <translation>Template &quot;{name}&quot;</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="251"/>
        <source>A partner named &quot;{name}&quot; already exists.</source>
        <translation>A partner named &quot;{name}&quot; already exists.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="254"/>
        <source>Code &quot;{code}&quot; is already used by {other}.</source>
        <translation>Code &quot;{code}&quot; is already used by {other}.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="257"/>
        <source>{label} {date} is in the future.</source>
        <translation>{label} {date} is in the future.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="260"/>
        <source>Amount {value} must be zero or more (JPY).</source>
        <translation>Amount {value} must be zero or more (JPY).</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="263"/>
        <source>Target {value} must be greater than zero.</source>
        <translation>Target {value} must be greater than zero.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="266"/>
        <source>Give a reason for rejecting the registration.</source>
        <translation>Give a reason for rejecting the registration.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="269"/>
        <source>Decision date {date} is before the registered date ({registered}).</source>
        <translation>Decision date {date} is before the registered date ({registered}).</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="272"/>
        <source>The decision of {date} would be before the registered date.</source>
        <translation>The decision of {date} would be before the registered date.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="275"/>
        <source>{label} expired on {date}; extend its expiry date before approving it.</source>
        <translation>{label} expired on {date}; extend its expiry date before approving it.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="278"/>
        <source>{partner} already has an onboarding checklist.</source>
        <translation>{partner} already has an onboarding checklist.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="281"/>
        <source>No onboarding checklist template found; create one in Settings first.</source>
        <translation>No onboarding checklist template found; create one in Settings first.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="284"/>
        <source>Both registrations belong to the same partner: that is a duplicate, not a conflict.</source>
        <translation>Both registrations belong to the same partner: that is a duplicate, not a conflict.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="288"/>
        <source>This conflict has already been resolved.</source>
        <translation>This conflict has already been resolved.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="291"/>
        <source>The registering person must belong to the partner.</source>
        <translation>The registering person must belong to the partner.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="294"/>
        <source>The goal&apos;s person must belong to this partner.</source>
        <translation>The goal&apos;s person must belong to this partner.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="297"/>
        <source>The person does not belong to this partner.</source>
        <translation>The person does not belong to this partner.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="300"/>
        <source>Corporate number &quot;{value}&quot; must contain only digits, spaces and hyphens.</source>
        <translation>Corporate number &quot;{value}&quot; must contain only digits, spaces and hyphens.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="303"/>
        <source>Corporate number &quot;{value}&quot; has {digits} digits, not {length}.</source>
        <translation>Corporate number &quot;{value}&quot; has {digits} digits, not {length}.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="306"/>
        <source>Corporate number &quot;{value}&quot; fails its check digit (first digit {first}, expected {expected}).</source>
        <translation>Corporate number &quot;{value}&quot; fails its check digit (first digit {first}, expected {expected}).</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="311"/>
        <source>Status &quot;{status}&quot; is not a decision; one of: {options}.</source>
        <translation>Status &quot;{status}&quot; is not a decision; one of: {options}.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="314"/>
        <source>{label} is {status}; only a registration that is {allowed} can become {target}.</source>
        <translation>{label} is {status}; only a registration that is {allowed} can become {target}.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="318"/>
        <source>A conflict needs two different registrations.</source>
        <translation>A conflict needs two different registrations.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="321"/>
        <source>Validity {value} must be a whole number of days, 1–{max}.</source>
        <translation>Validity {value} must be a whole number of days, 1–{max}.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="324"/>
        <source>Attendees must be persons of this partner.</source>
        <translation>Attendees must be persons of this partner.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="327"/>
        <source>There is no default onboarding template.</source>
        <translation>There is no default onboarding template.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="330"/>
        <source>A template needs at least one step.</source>
        <translation>A template needs at least one step.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="333"/>
        <source>Step {n} ({title}): days after contract must be 0–3650, not {value}.</source>
        <translation>Step {n} ({title}): days after contract must be 0–3650, not {value}.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="336"/>
        <source>Comments are too long (at most {limit} characters).</source>
        <translation>Comments are too long (at most {limit} characters).</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="339"/>
        <source>{value} is not a signal key.</source>
        <translation>{value} is not a signal key.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="342"/>
        <source>{value} is not a signal subject.</source>
        <translation>{value} is not a signal subject.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="345"/>
        <source>A signal subject needs its signal key.</source>
        <translation>A signal subject needs its signal key.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="348"/>
        <source>Snooze for 1–{max} whole days, got {value}.</source>
        <translation>Snooze for 1–{max} whole days, got {value}.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="351"/>
        <source>This intervention answers no signal: choose the signal it should be offered for.</source>
        <translation>This intervention answers no signal: choose the signal it should be offered for.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="355"/>
        <source>There are two rules for {kind}.</source>
        <translation>There are two rules for {kind}.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="358"/>
        <source>Points for {kind} must be a number 0–{max}, got {value}.</source>
        <translation>Points for {kind} must be a number 0–{max}, got {value}.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="361"/>
        <source>Yen per point for {kind} must be a whole number of yen ≥ 1, or empty.</source>
        <translation>Yen per point for {kind} must be a whole number of yen ≥ 1, or empty.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="364"/>
        <source>The tier ladder needs at least one tier.</source>
        <translation>The tier ladder needs at least one tier.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="367"/>
        <source>Two tiers are called &quot;{name}&quot;.</source>
        <translation>Two tiers are called &quot;{name}&quot;.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="370"/>
        <source>Minimum points of &quot;{name}&quot; must be a whole number ≥ 0, got {value}.</source>
        <translation>Minimum points of &quot;{name}&quot; must be a whole number ≥ 0, got {value}.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="373"/>
        <source>Two tiers start at {floor} points.</source>
        <translation>Two tiers start at {floor} points.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="376"/>
        <source>The point rules were changed by someone else since you opened them. Nothing was saved; reopen the settings to see the new rules.</source>
        <translation>The point rules were changed by someone else since you opened them. Nothing was saved; reopen the settings to see the new rules.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="381"/>
        <source>The tiers were changed by someone else since you opened them. Nothing was saved; reopen the settings to see the new tiers.</source>
        <translation>The tiers were changed by someone else since you opened them. Nothing was saved; reopen the settings to see the new tiers.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="386"/>
        <source>submitted</source>
        <translation>submitted</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="387"/>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="388"/>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="389"/>
        <source>won</source>
        <translation>won</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="390"/>
        <source>lost</source>
        <translation>lost</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="391"/>
        <source>submitted</source>
        <comment>the status a decision may start from</comment>
        <translation>submitted</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="394"/>
        <source>approved</source>
        <comment>the status a decision may start from</comment>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="397"/>
        <source>submitted or approved</source>
        <translation>submitted or approved</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="400"/>
        <source>Registered date</source>
        <translation>Registered date</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="401"/>
        <source>Decision date</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="402"/>
        <source>Done date</source>
        <translation>Done date</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="403"/>
        <source>Assessment date</source>
        <translation>Assessment date</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="404"/>
        <source>Meeting date</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="405"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="406"/>
        <source>Contract date</source>
        <translation>Contract date</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="407"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="408"/>
        <source>Key person</source>
        <translation>Key person</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="409"/>
        <source>Action item</source>
        <translation>Action item</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="410"/>
        <source>Action taken</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="411"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="412"/>
        <source>Assessor</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="413"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="414"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="415"/>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="416"/>
        <source>End customer</source>
        <translation>End customer</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="417"/>
        <source>Event kind</source>
        <translation>Event kind</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="418"/>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="419"/>
        <source>Japanese title</source>
        <translation>Japanese title</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="420"/>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="421"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="422"/>
        <source>PRACT phase</source>
        <translation>PRACT phase</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="423"/>
        <source>Partner name</source>
        <translation>Partner name</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="424"/>
        <source>Partner type</source>
        <translation>Partner type</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="425"/>
        <source>Person name</source>
        <translation>Person name</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="426"/>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="427"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="428"/>
        <source>The reason</source>
        <translation>The reason</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="429"/>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="430"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="431"/>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="432"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="433"/>
        <source>Territory</source>
        <translation>Territory</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="434"/>
        <source>Tier name</source>
        <translation>Tier name</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="435"/>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="436"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="437"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="438"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="439"/>
        <source>The expiry date</source>
        <translation>The expiry date</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="440"/>
        <source>the registered date</source>
        <translation>the registered date</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="443"/>
        <source>The period end</source>
        <translation>The period end</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="444"/>
        <source>the period start</source>
        <translation>the period start</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="445"/>
        <source>the meeting date</source>
        <translation>the meeting date</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="446"/>
        <source>Due date of &quot;{title}&quot;</source>
        <translation>Due date of &quot;{title}&quot;</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="449"/>
        <source>Step {n} title</source>
        <translation>Step {n} title</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="450"/>
        <source>Perception</source>
        <translation>Perception</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="451"/>
        <source>Readiness</source>
        <translation>Readiness</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="452"/>
        <source>Activate</source>
        <translation>Activate</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="453"/>
        <source>Collaboration</source>
        <translation>Collaboration</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="454"/>
        <source>Trust</source>
        <translation>Trust</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="455"/>
        <source>Owner</source>
        <comment>a partner&apos;s manager</comment>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/core_messages.py" line="458"/>
        <source>Status</source>
        <comment>a partner&apos;s status</comment>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="137"/>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="235"/>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="236"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="237"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="238"/>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="239"/>
        <source>Territory</source>
        <translation>Territory</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="240"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="248"/>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="249"/>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="250"/>
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="251"/>
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="252"/>
        <source>Year to date</source>
        <translation>Year to date</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="277"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="320"/>
        <source>As of %1 · %2 – %3</source>
        <translation>As of %1 · %2 – %3</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="328"/>
        <source>Registered partners</source>
        <translation>Registered partners</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="329"/>
        <source>Activation rate</source>
        <translation>Activation rate</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="330"/>
        <source>Deals per activated partner</source>
        <translation>Deals per activated partner</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="331"/>
        <source>Retention (90 days)</source>
        <translation>Retention (90 days)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="332"/>
        <source>Downloads per partner</source>
        <translation>Downloads per partner</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="344"/>
        <source>Partner journey (click a bar: partners who stopped there)</source>
        <translation>Partner journey (click a bar: partners who stopped there)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="351"/>
        <source>%1: %2 partners, %3 of registered, %4 of the previous step</source>
        <translation>%1: %2 partners, %3 of registered, %4 of the previous step</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="361"/>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="368"/>
        <source>Deal registrations per month (label: activated partners)</source>
        <translation>Deal registrations per month (label: activated partners)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="375"/>
        <source>%1: %2 deal registrations by %3 partners</source>
        <translation>%1: %2 deal registrations by %3 partners</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="384"/>
        <source>Downloads by material (red: unused)</source>
        <translation>Downloads by material (red: unused)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="389"/>
        <source>unused</source>
        <translation>unused</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="394"/>
        <source>Leads vs deals per person</source>
        <translation>Leads vs deals per person</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="395"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="395"/>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="401"/>
        <source>%1 (%2): %3 leads, %4 deals, conversion %5</source>
        <translation>%1 (%2): %3 leads, %4 deals, conversion %5</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="413"/>
        <source>Retention rate over time</source>
        <translation>Retention rate over time</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="422"/>
        <source>Cohorts: share with a login k months after joining</source>
        <translation>Cohorts: share with a login k months after joining</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="439"/>
        <source>%1 but not %2</source>
        <translation>%1 but not %2</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="447"/>
        <source>Phase: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="453"/>
        <source>Downloaded %1</source>
        <translation>Downloaded %1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="460"/>
        <source>Registered a deal in %1</source>
        <translation>Registered a deal in %1</translation>
    </message>
</context>
<context>
    <name>DealLabels</name>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="32"/>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="33"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="34"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="35"/>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="36"/>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="37"/>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="38"/>
        <source>Open (submitted or approved)</source>
        <translation>Open (submitted or approved)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="45"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="46"/>
        <source>Corporate number</source>
        <translation>Corporate number</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="53"/>
        <source>Typed in the app</source>
        <translation>Typed in the app</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="55"/>
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="59"/>
        <source>%1, row %2</source>
        <translation>%1, row %2</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="73"/>
        <source>%1 (%2 days left)</source>
        <translation>%1 (%2 days left)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="75"/>
        <source>%1 (1 day left)</source>
        <translation>%1 (1 day left)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="77"/>
        <source>%1 (last day)</source>
        <translation>%1 (last day)</translation>
    </message>
</context>
<context>
    <name>DealsFeature</name>
    <message>
        <location filename="../../prm_desktop/views/deals/__init__.py" line="22"/>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/__init__.py" line="26"/>
        <source>Deal registrations</source>
        <translation>Deal registrations</translation>
    </message>
</context>
<context>
    <name>DealsView</name>
    <message>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="430"/>
        <source>Registrations</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="434"/>
        <source>Conflicts (%1)</source>
        <translation>Conflicts (%1)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="434"/>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../prm_desktop/views/deals/decision_dialog.py" line="23"/>
        <source>Approve Registration</source>
        <translation>Approve Registration</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/decision_dialog.py" line="24"/>
        <source>Reject Registration</source>
        <translation>Reject Registration</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/decision_dialog.py" line="25"/>
        <source>Record Deal Won</source>
        <translation>Record Deal Won</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/decision_dialog.py" line="26"/>
        <source>Record Deal Lost</source>
        <translation>Record Deal Lost</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/decision_dialog.py" line="41"/>
        <source>%1 — %2 for %3 (registered %4, now %5)</source>
        <translation>%1 — %2 for %3 (registered %4, now %5)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/decision_dialog.py" line="52"/>
        <source>Why? Required to reject; shown to whoever reads the history.</source>
        <translation>Why? Required to reject; shown to whoever reads the history.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/decision_dialog.py" line="54"/>
        <source>Why? (optional)</source>
        <translation>Why? (optional)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/decision_dialog.py" line="58"/>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/decision_dialog.py" line="59"/>
        <source>&amp;Decision date</source>
        <translation>&amp;Decision date</translation>
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
        <translation>Creating demo data (200 partners, 24 months)…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/demo_setup.py" line="50"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DiagnosisFeature</name>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/__init__.py" line="47"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/__init__.py" line="55"/>
        <source>Learn</source>
        <translation>Learn</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/__init__.py" line="61"/>
        <source>PRACT</source>
        <translation>PRACT</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/__init__.py" line="73"/>
        <source>Signals, Points and &amp;Tiers…</source>
        <translation>Signals, Points and &amp;Tiers…</translation>
    </message>
</context>
<context>
    <name>DiagnosisPlurals</name>
    <message numerus="yes">
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="398"/>
        <source>first training completed %1 days ago (%n training(s)), no proposal since</source>
        <translation>
            <numerusform>first training completed %1 days ago (%n training), no proposal since</numerusform>
            <numerusform>first training completed %1 days ago (%n trainings), no proposal since</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="402"/>
        <source>%n onboarding step(s) overdue; oldest “%1”, due %2 (%3 days ago)</source>
        <translation>
            <numerusform>%n onboarding step overdue; oldest “%1”, due %2 (%3 days ago)</numerusform>
            <numerusform>%n onboarding steps overdue; oldest “%1”, due %2 (%3 days ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="406"/>
        <source>%n action item(s) past due (%1 ours, %2 the partner&apos;s); oldest “%3”, due %4 (%5 days ago)</source>
        <translation>
            <numerusform>%n action item past due (%1 ours, %2 the partner&apos;s); oldest “%3”, due %4 (%5 days ago)</numerusform>
            <numerusform>%n action items past due (%1 ours, %2 the partner&apos;s); oldest “%3”, due %4 (%5 days ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="414"/>
        <source>%n training(s)</source>
        <translation>
            <numerusform>%n training</numerusform>
            <numerusform>%n trainings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="415"/>
        <source>%n deal(s) registered</source>
        <translation>
            <numerusform>%n deal registered</numerusform>
            <numerusform>%n deals registered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="416"/>
        <source>%n deal(s) won</source>
        <translation>
            <numerusform>%n deal won</numerusform>
            <numerusform>%n deals won</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="417"/>
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="418"/>
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>%n proposal</numerusform>
            <numerusform>%n proposals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="419"/>
        <source>%n download(s)</source>
        <translation>
            <numerusform>%n download</numerusform>
            <numerusform>%n downloads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="420"/>
        <source>%n login(s)</source>
        <translation>
            <numerusform>%n login</numerusform>
            <numerusform>%n logins</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiagnosisSettings</name>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="47"/>
        <source>Days after registration without a download</source>
        <translation>Days after registration without a download</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="50"/>
        <source>Days after the first download without a deal</source>
        <translation>Days after the first download without a deal</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="53"/>
        <source>Days after training without a proposal</source>
        <translation>Days after training without a proposal</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="56"/>
        <source>Recent window (days)</source>
        <translation>Recent window (days)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="59"/>
        <source>Baseline window before it (days)</source>
        <translation>Baseline window before it (days)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="62"/>
        <source>Fires below this share of the baseline average (%)</source>
        <translation>Fires below this share of the baseline average (%)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="65"/>
        <source>Registered at least (days)</source>
        <translation>Registered at least (days)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="68"/>
        <source>No login within (days)</source>
        <translation>No login within (days)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="71"/>
        <source>One person&apos;s share of the deals at least (%)</source>
        <translation>One person&apos;s share of the deals at least (%)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="74"/>
        <source>Persons at the partner at least</source>
        <translation>Persons at the partner at least</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="77"/>
        <source>Deals in the window at least</source>
        <translation>Deals in the window at least</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="80"/>
        <source>Deals counted over (days)</source>
        <translation>Deals counted over (days)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="83"/>
        <source>Leads of the person at least</source>
        <translation>Leads of the person at least</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="86"/>
        <source>Fires below this share of the programme median (%)</source>
        <translation>Fires below this share of the programme median (%)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="89"/>
        <source>Leads and deals counted over (days)</source>
        <translation>Leads and deals counted over (days)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="92"/>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="98"/>
        <source>Days of grace after the due date</source>
        <translation>Days of grace after the due date</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="95"/>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="101"/>
        <source>High severity when late by (days)</source>
        <translation>High severity when late by (days)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="104"/>
        <source>Fires when the registration expires within (days)</source>
        <translation>Fires when the registration expires within (days)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="107"/>
        <source>An intervention handles its signal for (days)</source>
        <translation>An intervention handles its signal for (days)</translation>
    </message>
</context>
<context>
    <name>DiagnosisSettingsDialog</name>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="126"/>
        <source>Signals, Points and Tiers</source>
        <translation>Signals, Points and Tiers</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="132"/>
        <source>Signals</source>
        <translation>Signals</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="133"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="134"/>
        <source>Tiers</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="155"/>
        <source>Acting on a signal</source>
        <translation>Acting on a signal</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="182"/>
        <source>Restore &amp;Defaults</source>
        <translation>Restore &amp;Defaults</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="194"/>
        <source>Points per event over the last 365 days, plus one point per the given yen of the event&apos;s amount (0: none). Tiers are recomputed from the events; nothing recorded changes.</source>
        <translation>Points per event over the last 365 days, plus one point per the given yen of the event&apos;s amount (0: none). Tiers are recomputed from the events; nothing recorded changes.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="216"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="219"/>
        <source>  + 1 point per</source>
        <translation>  + 1 point per</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="227"/>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="227"/>
        <source>From points</source>
        <translation>From points</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="232"/>
        <source>&amp;Add Tier</source>
        <translation>&amp;Add Tier</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/settings_dialog.py" line="234"/>
        <source>&amp;Remove Tier</source>
        <translation>&amp;Remove Tier</translation>
    </message>
</context>
<context>
    <name>DiagnosisTexts</name>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="68"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="69"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="70"/>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="77"/>
        <source>Stalled after registration</source>
        <translation>Stalled after registration</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="80"/>
        <source>Downloads without deals</source>
        <translation>Downloads without deals</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="83"/>
        <source>Training without proposals</source>
        <translation>Training without proposals</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="86"/>
        <source>Declining activity</source>
        <translation>Declining activity</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="87"/>
        <source>Dormant</source>
        <translation>Dormant</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="88"/>
        <source>Key person dependence</source>
        <translation>Key person dependence</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="91"/>
        <source>Low conversion</source>
        <translation>Low conversion</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="92"/>
        <source>Onboarding overdue</source>
        <translation>Onboarding overdue</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="93"/>
        <source>Action items overdue</source>
        <translation>Action items overdue</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="94"/>
        <source>Deal registration expiring</source>
        <translation>Deal registration expiring</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="95"/>
        <source>Channel conflict</source>
        <translation>Channel conflict</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="103"/>
        <source>Send the first-steps learning course.</source>
        <translation>Send the first-steps learning course.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="106"/>
        <source>Send the first deal registration guide and offer a co-selling visit.</source>
        <translation>Send the first deal registration guide and offer a co-selling visit.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="110"/>
        <source>Share the proposal template and talk script; plan key accounts together.</source>
        <translation>Share the proposal template and talk script; plan key accounts together.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="114"/>
        <source>Hold a 1on1 to hear what changed.</source>
        <translation>Hold a 1on1 to hear what changed.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="117"/>
        <source>Start the reactivation programme and send a success story mailing.</source>
        <translation>Start the reactivation programme and send a success story mailing.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="120"/>
        <source>Spread the key person&apos;s know-how and train a second seller.</source>
        <translation>Spread the key person&apos;s know-how and train a second seller.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="123"/>
        <source>Coach the person and review calls together.</source>
        <translation>Coach the person and review calls together.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="126"/>
        <source>Agree new dates in the next 1on1.</source>
        <translation>Agree new dates in the next 1on1.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="129"/>
        <source>Follow up on the overdue items.</source>
        <translation>Follow up on the overdue items.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="132"/>
        <source>Ask the partner for the deal&apos;s status.</source>
        <translation>Ask the partner for the deal&apos;s status.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="135"/>
        <source>Decide who owns the customer and tell both partners.</source>
        <translation>Decide who owns the customer and tell both partners.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="163"/>
        <source>registered %1 days ago, never logged in</source>
        <translation>registered %1 days ago, never logged in</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="167"/>
        <source>registered %1 days ago, last login %2 days ago (%3)</source>
        <translation>registered %1 days ago, last login %2 days ago (%3)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="179"/>
        <source>%1 events in the last %2 days against %3 per %2 days in the %4 days before</source>
        <translation>%1 events in the last %2 days against %3 per %2 days in the %4 days before</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="195"/>
        <source>“%1” for %2 (%3, registered %4) expires today, %5</source>
        <translation>“%1” for %2 (%3, registered %4) expires today, %5</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="199"/>
        <source>“%1” for %2 (%3, registered %4) expires tomorrow, %5</source>
        <translation>“%1” for %2 (%3, registered %4) expires tomorrow, %5</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="203"/>
        <source>“%1” for %2 (%3, registered %4) expires on %5, in %6 days</source>
        <translation>“%1” for %2 (%3, registered %4) expires on %5, in %6 days</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="221"/>
        <source>%1 (registered %2, %3)</source>
        <translation>%1 (registered %2, %3)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="229"/>
        <source>%1 partners claim %2 (same corporate number): %3</source>
        <translation>%1 partners claim %2 (same corporate number): %3</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="233"/>
        <source>%1 partners claim %2 (same name once normalised): %3</source>
        <translation>%1 partners claim %2 (same name once normalised): %3</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="243"/>
        <source>registered %1 days ago, no material downloaded</source>
        <extracomment>Per signal key: the evidence rebuilt in the user&apos;s language from ``Signal.facts``.</extracomment>
        <translation>registered %1 days ago, no material downloaded</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="249"/>
        <source>first download %1 days ago, %2 downloads, no deal registered</source>
        <translation>first download %1 days ago, %2 downloads, no deal registered</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="264"/>
        <source>%1 holds %2 of %3 deals registered in the last %4 days (%5%); %6 persons</source>
        <translation>%1 holds %2 of %3 deals registered in the last %4 days (%5%); %6 persons</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="276"/>
        <source>%1 leads, %2 deals in the last %3 days: conversion %4% (programme median %5%)</source>
        <translation>%1 leads, %2 deals in the last %3 days: conversion %4% (programme median %5%)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="317"/>
        <source>Ideal operation</source>
        <translation>Ideal operation</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="318"/>
        <source>One step short</source>
        <translation>One step short</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="319"/>
        <source>High churn risk</source>
        <translation>High churn risk</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="326"/>
        <source>Keep the rhythm: recognise the partner&apos;s results and plan the next step together.</source>
        <translation>Keep the rhythm: recognise the partner&apos;s results and plan the next step together.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="330"/>
        <source>One step short: review how you collaborate and how you support the partner.</source>
        <translation>One step short: review how you collaborate and how you support the partner.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="334"/>
        <source>High risk of churn: start again from perception and readiness.</source>
        <translation>High risk of churn: start again from perception and readiness.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="344"/>
        <source>Does the partner understand our product and why it is worth selling?</source>
        <translation>Does the partner understand our product and why it is worth selling?</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="348"/>
        <source>Does the partner feel ready and able to sell it?</source>
        <translation>Does the partner feel ready and able to sell it?</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="351"/>
        <source>Do the partner&apos;s sellers actually propose it, with the tools they need?</source>
        <translation>Do the partner&apos;s sellers actually propose it, with the tools they need?</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="355"/>
        <source>Do we plan and run initiatives together, regularly?</source>
        <translation>Do we plan and run initiatives together, regularly?</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="358"/>
        <source>Is there continuous support and recognition for a long relationship?</source>
        <translation>Is there continuous support and recognition for a long relationship?</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="368"/>
        <source>webinars, product videos, industry-specific materials</source>
        <translation>webinars, product videos, industry-specific materials</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="371"/>
        <source>e-learning, certification, FAQ</source>
        <translation>e-learning, certification, FAQ</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="372"/>
        <source>proposal templates, competitor comparison, co-selling visits</source>
        <translation>proposal templates, competitor comparison, co-selling visits</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="375"/>
        <source>joint strategy meeting, joint campaigns</source>
        <translation>joint strategy meeting, joint campaigns</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="378"/>
        <source>incentives plus non-monetary awards</source>
        <translation>incentives plus non-monetary awards</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="387"/>
        <source>Partner (self)</source>
        <translation>Partner (self)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="388"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="439"/>
        <source>%1 points to %2</source>
        <translation>%1 points to %2</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="449"/>
        <source>%1 or %2</source>
        <translation>%1 or %2</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="451"/>
        <source>%1: e.g. %2</source>
        <translation>%1: e.g. %2</translation>
    </message>
</context>
<context>
    <name>EffectTableModel</name>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="839"/>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="841"/>
        <source>deals rose</source>
        <translation>deals rose</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="842"/>
        <source>no rise</source>
        <translation>no rise</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="852"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="856"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="860"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="864"/>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="868"/>
        <source>Deals before</source>
        <translation>Deals before</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="874"/>
        <source>Deals after</source>
        <translation>Deals after</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="880"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="884"/>
        <source>Action taken</source>
        <translation>Action taken</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../prm_desktop/errors.py" line="117"/>
        <source>The database file appears to be damaged. Stop working in it and restore the newest good backup from File → Backups.</source>
        <extracomment>The same error again within this many seconds is logged but not shown again. Errors after which continuing could do harm: the app says so and quits.</extracomment>
        <translation>The database file appears to be damaged. Stop working in it and restore the newest good backup from File → Backups.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/errors.py" line="123"/>
        <source>The computer ran out of memory. PRM Desktop has to close.</source>
        <translation>The computer ran out of memory. PRM Desktop has to close.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/errors.py" line="128"/>
        <source>Something unexpected went wrong. PRM Desktop keeps running and your saved data is safe; if the same thing happens again, send the log file to support.</source>
        <translation>Something unexpected went wrong. PRM Desktop keeps running and your saved data is safe; if the same thing happens again, send the log file to support.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/errors.py" line="230"/>
        <source>PRM Desktop: unexpected error</source>
        <translation>PRM Desktop: unexpected error</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/errors.py" line="234"/>
        <source>The details were written to the log file:
%1</source>
        <translation>The details were written to the log file:
%1</translation>
    </message>
</context>
<context>
    <name>EventPageModel</name>
    <message>
        <location filename="../../prm_desktop/models/event_page.py" line="26"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/event_page.py" line="30"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/event_page.py" line="34"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/event_page.py" line="38"/>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/event_page.py" line="42"/>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/event_page.py" line="46"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/event_page.py" line="50"/>
        <source>Amount (JPY)</source>
        <translation>Amount (JPY)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/event_page.py" line="56"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>FileErrors</name>
    <message>
        <location filename="../../prm_desktop/file_errors.py" line="21"/>
        <source>%1 cannot be opened: access was refused. If it is open in Excel or another program, close it there and try again; otherwise check that you may use this folder.</source>
        <translation>%1 cannot be opened: access was refused. If it is open in Excel or another program, close it there and try again; otherwise check that you may use this folder.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/file_errors.py" line="26"/>
        <source>%1 could not be written: the disk is full. Free some space and try again.</source>
        <translation>%1 could not be written: the disk is full. Free some space and try again.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/file_errors.py" line="30"/>
        <source>%1 is in use by another program. Close it there and try again.</source>
        <translation>%1 is in use by another program. Close it there and try again.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/file_errors.py" line="34"/>
        <source>%1 does not exist: it may have been moved, renamed or deleted.</source>
        <translation>%1 does not exist: it may have been moved, renamed or deleted.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/file_errors.py" line="41"/>
        <source>%1 could not be written: the drive or folder is read-only.</source>
        <translation>%1 could not be written: the drive or folder is read-only.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/file_errors.py" line="44"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 is a folder, not a file.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/file_errors.py" line="47"/>
        <source>The name or folder path of %1 is too long.</source>
        <translation>The name or folder path of %1 is too long.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/file_errors.py" line="64"/>
        <source>A file could not be read or written (%1).</source>
        <translation>A file could not be read or written (%1).</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/file_errors.py" line="71"/>
        <source>%1 could not be read or written (%2).</source>
        <translation>%1 could not be read or written (%2).</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="107"/>
        <source>Choose a file</source>
        <extracomment>Wait this long after the last keystroke in the path before opening the file.</extracomment>
        <translation>Choose a file</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="110"/>
        <source>CSV (UTF-8 or Shift_JIS, comma, tab or semicolon) or Excel .xlsx. Headers in English or Japanese.</source>
        <translation>CSV (UTF-8 or Shift_JIS, comma, tab or semicolon) or Excel .xlsx. Headers in English or Japanese.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="115"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="121"/>
        <source>Create partners and persons that do not exist yet</source>
        <translation>Create partners and persons that do not exist yet</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="126"/>
        <source>This workbook has several sheets: choose the one to import</source>
        <translation>This workbook has several sheets: choose the one to import</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="135"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="138"/>
        <source>&amp;Sheet</source>
        <translation>&amp;Sheet</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="141"/>
        <source>&amp;Contains</source>
        <translation>&amp;Contains</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="159"/>
        <source>Import File</source>
        <extracomment>What ``wizard.preview`` was read from (None while reading or after an error). Running previews, kept alive until they finish (a stale one is ignored, not killed: the pool thread may still be inside calamine).</extracomment>
        <translation>Import File</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="207"/>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="230"/>
        <source>This file has no data rows, only the header: there is nothing to import.</source>
        <translation>This file has no data rows, only the header: there is nothing to import.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="233"/>
        <source>The sheet %1 has no data rows, only the header: choose the sheet that holds the data.</source>
        <translation>The sheet %1 has no data rows, only the header: choose the sheet that holds the data.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/views/import_wizard.py" line="246"/>
        <source>%1 · about %Ln rows</source>
        <translation>
            <numerusform>%1 · about %Ln row</numerusform>
            <numerusform>%1 · about %Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowThroughSection</name>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/follow_through.py" line="61"/>
        <source>nothing was due</source>
        <translation>nothing was due</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/follow_through.py" line="65"/>
        <source>&lt;b&gt;%1%&lt;/b&gt; (%2 of %3 kept on time, %4 late, %5 overdue)</source>
        <translation>&lt;b&gt;%1%&lt;/b&gt; (%2 of %3 kept on time, %4 late, %5 overdue)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/follow_through.py" line="73"/>
        <source>; %1 open</source>
        <translation>; %1 open</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/follow_through.py" line="82"/>
        <source>Our follow-through (last %1 days): %2</source>
        <translation>Our follow-through (last %1 days): %2</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/follow_through.py" line="87"/>
        <source>The partner&apos;s: %1</source>
        <translation>The partner&apos;s: %1</translation>
    </message>
</context>
<context>
    <name>GapTableModel</name>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="769"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="773"/>
        <source>Partner (self)</source>
        <translation>Partner (self)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="778"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="783"/>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="803"/>
        <source>A gap of 2 or more is worth a talk.</source>
        <translation>A gap of 2 or more is worth a talk.</translation>
    </message>
</context>
<context>
    <name>GoToPartnerDialog</name>
    <message>
        <location filename="../../prm_desktop/views/goto_dialog.py" line="22"/>
        <source>Go to Partner</source>
        <translation>Go to Partner</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/goto_dialog.py" line="28"/>
        <source>Partner name, reading or code…</source>
        <translation>Partner name, reading or code…</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../prm_desktop/views/goal_dialog.py" line="20"/>
        <source>Edit Goal</source>
        <translation>Edit Goal</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/goal_dialog.py" line="20"/>
        <source>New Goal</source>
        <translation>New Goal</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/goal_dialog.py" line="35"/>
        <source>The whole partner</source>
        <translation>The whole partner</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/goal_dialog.py" line="42"/>
        <source>&amp;Metric</source>
        <translation>&amp;Metric</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/goal_dialog.py" line="43"/>
        <source>&amp;Target</source>
        <translation>&amp;Target</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/goal_dialog.py" line="44"/>
        <source>Period &amp;start</source>
        <translation>Period &amp;start</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/goal_dialog.py" line="45"/>
        <source>Period &amp;end</source>
        <translation>Period &amp;end</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/goal_dialog.py" line="46"/>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/goal_dialog.py" line="47"/>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
</context>
<context>
    <name>GoalTableModel</name>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="170"/>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="174"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="178"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="183"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="189"/>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="195"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <location filename="../../prm_desktop/views/tabs/goals_tab.py" line="24"/>
        <source>No shared goal yet: agree one with the partner.</source>
        <translation>No shared goal yet: agree one with the partner.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/goals_tab.py" line="29"/>
        <source>&amp;New Goal…</source>
        <translation>&amp;New Goal…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/goals_tab.py" line="30"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/goals_tab.py" line="31"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/goals_tab.py" line="63"/>
        <source>New goal</source>
        <translation>New goal</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/goals_tab.py" line="80"/>
        <source>Edit goal</source>
        <translation>Edit goal</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/goals_tab.py" line="91"/>
        <source>Delete Goal</source>
        <translation>Delete Goal</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/goals_tab.py" line="91"/>
        <source>Delete this goal?</source>
        <translation>Delete this goal?</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/charts.py" line="163"/>
        <source>PRACT total over time</source>
        <extracomment>Colours of the two assessors, on both charts. pyqtgraph&apos;s strftime formats → QLocale formats (times and years need no words).</extracomment>
        <translation>PRACT total over time</translation>
    </message>
</context>
<context>
    <name>ImportMessages</name>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="34"/>
        <source>missing value</source>
        <translation>missing value</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="35"/>
        <source>contains a NUL character</source>
        <translation>contains a NUL character</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="36"/>
        <source>too long ({length} characters, at most {limit})</source>
        <translation>too long ({length} characters, at most {limit})</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="39"/>
        <source>date out of range &quot;{value}&quot;</source>
        <translation>date out of range &quot;{value}&quot;</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="42"/>
        <source>unparseable date &quot;{value}&quot;</source>
        <translation>unparseable date &quot;{value}&quot;</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="45"/>
        <source>no such day &quot;{value}&quot;: month {month} of {year} has {days} days</source>
        <translation>no such day &quot;{value}&quot;: month {month} of {year} has {days} days</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="48"/>
        <source>expected a date without a time &quot;{value}&quot;</source>
        <translation>expected a date without a time &quot;{value}&quot;</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="51"/>
        <source>unparseable amount &quot;{value}&quot;</source>
        <translation>unparseable amount &quot;{value}&quot;</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="54"/>
        <source>amount must be whole yen &quot;{value}&quot;</source>
        <translation>amount must be whole yen &quot;{value}&quot;</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="57"/>
        <source>negative amount &quot;{value}&quot;</source>
        <translation>negative amount &quot;{value}&quot;</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="60"/>
        <source>amount too large &quot;{value}&quot;</source>
        <translation>amount too large &quot;{value}&quot;</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="63"/>
        <source>malformed email &quot;{value}&quot; (expected name@example.co.jp)</source>
        <translation>malformed email &quot;{value}&quot; (expected name@example.co.jp)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="66"/>
        <source>malformed phone &quot;{value}&quot; (digits, spaces, +, -, parentheses only)</source>
        <translation>malformed phone &quot;{value}&quot; (digits, spaces, +, -, parentheses only)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="69"/>
        <source>unknown kind &quot;{value}&quot;</source>
        <translation>unknown kind &quot;{value}&quot;</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="70"/>
        <source>unknown partner type &quot;{value}&quot;</source>
        <translation>unknown partner type &quot;{value}&quot;</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="73"/>
        <source>unknown status &quot;{value}&quot;</source>
        <translation>unknown status &quot;{value}&quot;</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="76"/>
        <source>expected yes or no &quot;{value}&quot;</source>
        <translation>expected yes or no &quot;{value}&quot;</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="77"/>
        <source>Excel error &quot;{value}&quot;; correct the formula or type the value</source>
        <translation>Excel error &quot;{value}&quot;; correct the formula or type the value</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="80"/>
        <source>formula saved without its result &quot;{value}&quot;; open the workbook in Excel and save it again</source>
        <translation>formula saved without its result &quot;{value}&quot;; open the workbook in Excel and save it again</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="84"/>
        <source>row has values only in columns without a header</source>
        <translation>row has values only in columns without a header</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="87"/>
        <source>row has {cells} cells but the header has {width}; a value with an unquoted delimiter?</source>
        <translation>row has {cells} cells but the header has {width}; a value with an unquoted delimiter?</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="91"/>
        <source>unknown partner &quot;{partner}&quot;</source>
        <translation>unknown partner &quot;{partner}&quot;</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="94"/>
        <source>unknown person &quot;{person}&quot; at &quot;{partner}&quot;</source>
        <translation>unknown person &quot;{person}&quot; at &quot;{partner}&quot;</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="97"/>
        <source>unknown content &quot;{content}&quot;</source>
        <translation>unknown content &quot;{content}&quot;</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="100"/>
        <source>code &quot;{code}&quot; is already used by &quot;{holder}&quot;</source>
        <translation>code &quot;{code}&quot; is already used by &quot;{holder}&quot;</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="103"/>
        <source>unknown status &quot;{value}&quot;; one of {options} ({options_ja})</source>
        <translation>unknown status &quot;{value}&quot;; one of {options} ({options_ja})</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="106"/>
        <source>expired is computed from the expiry date and cannot be imported</source>
        <translation>expired is computed from the expiry date and cannot be imported</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="109"/>
        <location filename="../../prm_desktop/models/import_messages.py" line="272"/>
        <source>file not found: {path}</source>
        <translation>file not found: {path}</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="112"/>
        <source>{name} is {size}, over the import limit of {limit}; split the file or raise the limit</source>
        <translation>{name} is {size}, over the import limit of {limit}; split the file or raise the limit</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="116"/>
        <source>{name} is a macro-enabled or binary workbook ({suffix}), which is not imported for safety; save it as an Excel workbook (.xlsx) first</source>
        <translation>{name} is a macro-enabled or binary workbook ({suffix}), which is not imported for safety; save it as an Excel workbook (.xlsx) first</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="121"/>
        <source>{name} is an old Excel 97-2003 workbook (.xls); save it as .xlsx first</source>
        <translation>{name} is an old Excel 97-2003 workbook (.xls); save it as .xlsx first</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="124"/>
        <source>{name}: unsupported file type {suffix}; import .csv, .tsv, .txt or .xlsx files</source>
        <translation>{name}: unsupported file type {suffix}; import .csv, .tsv, .txt or .xlsx files</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="128"/>
        <source>{name}: unsupported file type (no extension); import .csv, .tsv, .txt or .xlsx files</source>
        <translation>{name}: unsupported file type (no extension); import .csv, .tsv, .txt or .xlsx files</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="132"/>
        <source>{name} is empty</source>
        <translation>{name} is empty</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="133"/>
        <source>cannot read {name}: {detail}</source>
        <translation>cannot read {name}: {detail}</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="136"/>
        <source>{name} is named {suffix} but is {what}, not a text file</source>
        <translation>{name} is named {suffix} but is {what}, not a text file</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="139"/>
        <source>{name} is named {suffix} but holds binary data, not text</source>
        <translation>{name} is named {suffix} but holds binary data, not text</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="142"/>
        <source>{name} starts with a {bom} byte order mark but holds invalid text at byte offset {offset}</source>
        <translation>{name} starts with a {bom} byte order mark but holds invalid text at byte offset {offset}</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="146"/>
        <source>{name}: text encoding not recognised (neither UTF-8 nor Shift_JIS/CP932; first invalid byte on line {line}, at byte offset {offset}); save it as UTF-8 CSV</source>
        <translation>{name}: text encoding not recognised (neither UTF-8 nor Shift_JIS/CP932; first invalid byte on line {line}, at byte offset {offset}); save it as UTF-8 CSV</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="151"/>
        <source>{name} is UTF-8 text but line {line} holds a byte that is not UTF-8 (byte offset {offset}); correct that line or save the file again as UTF-8 CSV</source>
        <translation>{name} is UTF-8 text but line {line} holds a byte that is not UTF-8 (byte offset {offset}); correct that line or save the file again as UTF-8 CSV</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="156"/>
        <source>the workbook has no visible worksheet</source>
        <translation>the workbook has no visible worksheet</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="159"/>
        <source>{name} has no visible worksheet named {sheet}; its sheets: {sheets}</source>
        <translation>{name} has no visible worksheet named {sheet}; its sheets: {sheets}</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="162"/>
        <source>{name} is a text file and has no sheets: {sheet} cannot be chosen</source>
        <translation>{name} is a text file and has no sheets: {sheet} cannot be chosen</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="165"/>
        <source>{name} is named .xlsx but is {what}</source>
        <translation>{name} is named .xlsx but is {what}</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="168"/>
        <source>{name} is a zip archive but not an Excel workbook</source>
        <translation>{name} is a zip archive but not an Excel workbook</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="171"/>
        <source>{name} contains macros (a VBA project); macro-enabled workbooks are not imported for safety: save it as an Excel workbook (.xlsx) without macros</source>
        <translation>{name} contains macros (a VBA project); macro-enabled workbooks are not imported for safety: save it as an Excel workbook (.xlsx) without macros</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="176"/>
        <source>{name} is a macro-enabled workbook renamed to .xlsx; it is not imported</source>
        <translation>{name} is a macro-enabled workbook renamed to .xlsx; it is not imported</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="179"/>
        <source>{name}: part {part} expands {size} (a zip bomb?)</source>
        <translation>{name}: part {part} expands {size} (a zip bomb?)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="182"/>
        <source>{name} expands to {size} when unzipped, over the limit of {limit}</source>
        <translation>{name} expands to {size} when unzipped, over the limit of {limit}</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="185"/>
        <source>{name} is damaged or truncated (not a readable .xlsx zip archive: {detail})</source>
        <translation>{name} is damaged or truncated (not a readable .xlsx zip archive: {detail})</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="189"/>
        <source>{name}: the sheet {sheet} claims {rows} rows × {cols} columns, over the limit of {max_rows} rows × {max_cols} columns</source>
        <translation>{name}: the sheet {sheet} claims {rows} rows × {cols} columns, over the limit of {max_rows} rows × {max_cols} columns</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="194"/>
        <source>cannot read the workbook {name}: {detail}</source>
        <translation>cannot read the workbook {name}: {detail}</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="197"/>
        <source>{name}: the sheet {sheet} has {rows} rows × {cols} columns, over the limit of {max_rows} rows × {max_cols} columns</source>
        <translation>{name}: the sheet {sheet} has {rows} rows × {cols} columns, over the limit of {max_rows} rows × {max_cols} columns</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="202"/>
        <source>{name}: the sheet {sheet} is empty (not even a header row)</source>
        <translation>{name}: the sheet {sheet} is empty (not even a header row)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="205"/>
        <source>{name} has no header row (no data at all)</source>
        <translation>{name} has no header row (no data at all)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="208"/>
        <source>{name}: the sheet {sheet} has more than {limit} cells with Excel errors (#N/A…) or formulas saved without their result; correct them in Excel first</source>
        <translation>{name}: the sheet {sheet} has more than {limit} cells with Excel errors (#N/A…) or formulas saved without their result; correct them in Excel first</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="213"/>
        <source>{name}: the sheet {sheet} has a cell with an Excel error or a formula without its result, and no cell reference says where; open the workbook in Excel and save it again</source>
        <translation>{name}: the sheet {sheet} has a cell with an Excel error or a formula without its result, and no cell reference says where; open the workbook in Excel and save it again</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="218"/>
        <source>{name} has {count} columns, over the limit of {limit}</source>
        <translation>{name} has {count} columns, over the limit of {limit}</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="221"/>
        <source>{name}, line {line}: cannot read the CSV ({detail})</source>
        <translation>{name}, line {line}: cannot read the CSV ({detail})</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="224"/>
        <source>{name}: the quoted cell that starts on line {line} is never closed (a &quot; without its closing &quot;); add the closing quote, or write a quote inside a cell as &quot;&quot;</source>
        <translation>{name}: the quoted cell that starts on line {line} is never closed (a &quot; without its closing &quot;); add the closing quote, or write a quote inside a cell as &quot;&quot;</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="229"/>
        <source>{name}, line {line}: text follows the closing quote of a cell; put the whole cell in quotes and write each quote inside it as &quot;&quot;</source>
        <translation>{name}, line {line}: text follows the closing quote of a cell; put the whole cell in quotes and write each quote inside it as &quot;&quot;</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="234"/>
        <source>{name} has more than {limit} rows, over the limit</source>
        <translation>{name} has more than {limit} rows, over the limit</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="237"/>
        <source>cannot write the rejected rows beside the source ({folder}): {detail}</source>
        <translation>cannot write the rejected rows beside the source ({folder}): {detail}</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="240"/>
        <source>the mapping names columns the file does not have: {headers}</source>
        <translation>the mapping names columns the file does not have: {headers}</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="243"/>
        <source>unknown field &quot;{field}&quot; for column &quot;{header}&quot;; fields for {target}: {fields}</source>
        <translation>unknown field &quot;{field}&quot; for column &quot;{header}&quot;; fields for {target}: {fields}</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="247"/>
        <source>two columns feed the field &quot;{field}&quot;: &quot;{first}&quot; and &quot;{second}&quot;</source>
        <translation>two columns feed the field &quot;{field}&quot;: &quot;{first}&quot; and &quot;{second}&quot;</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="250"/>
        <source>required column missing: {fields}; found headers: {headers}</source>
        <translation>required column missing: {fields}; found headers: {headers}</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="253"/>
        <source>the ID &quot;{id}&quot; names two different events: {first} {first_kind} and {second} {second_kind}. An ID must name one event: if that column holds a deal or customer number, map it to the deal field or leave it unused; if the file comes from another system than the events imported before, import it under a source of its own (Source in the import wizard, --source on the command line)</source>
        <translation>the ID &quot;{id}&quot; names two different events: {first} {first_kind} and {second} {second_kind}. An ID must name one event: if that column holds a deal or customer number, map it to the deal field or leave it unused; if the file comes from another system than the events imported before, import it under a source of its own (Source in the import wizard, --source on the command line)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="261"/>
        <source>corporate number &quot;{value}&quot; must contain only digits, spaces and hyphens</source>
        <translation>corporate number &quot;{value}&quot; must contain only digits, spaces and hyphens</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="264"/>
        <source>corporate number &quot;{value}&quot; has {digits} digits, not {length}</source>
        <translation>corporate number &quot;{value}&quot; has {digits} digits, not {length}</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="267"/>
        <source>corporate number &quot;{value}&quot; fails its check digit (first digit {first}, expected {expected})</source>
        <translation>corporate number &quot;{value}&quot; fails its check digit (first digit {first}, expected {expected})</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="275"/>
        <source>{name} is a macro-enabled workbook ({suffix}); macros are never imported. Save it in Excel as an Excel Workbook (.xlsx) and import that file.</source>
        <translation>{name} is a macro-enabled workbook ({suffix}); macros are never imported. Save it in Excel as an Excel Workbook (.xlsx) and import that file.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="281"/>
        <source>{name} is not an Excel workbook (.xlsx); the returned diagnostic must stay in the .xlsx format it was sent in.</source>
        <translation>{name} is not an Excel workbook (.xlsx); the returned diagnostic must stay in the .xlsx format it was sent in.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="286"/>
        <source>{name} is {size} MB; a returned diagnostic is at most {limit} MB. This is not the workbook that was sent.</source>
        <translation>{name} is {size} MB; a returned diagnostic is at most {limit} MB. This is not the workbook that was sent.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="291"/>
        <source>{name} holds {count} parts; a diagnostic holds a few dozen.</source>
        <translation>{name} holds {count} parts; a diagnostic holds a few dozen.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="294"/>
        <source>{name} unpacks to {size} MB; a diagnostic unpacks to well under {limit} MB.</source>
        <translation>{name} unpacks to {size} MB; a diagnostic unpacks to well under {limit} MB.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="298"/>
        <source>{name} contains macros ({part}); macros are never imported. Save it as an Excel Workbook (.xlsx) without macros and import that file.</source>
        <translation>{name} contains macros ({part}); macros are never imported. Save it as an Excel Workbook (.xlsx) without macros and import that file.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="303"/>
        <source>{name} contains macros (a macro-enabled content type); macros are never imported. Save it as an Excel Workbook (.xlsx) without macros and import that file.</source>
        <translation>{name} contains macros (a macro-enabled content type); macros are never imported. Save it as an Excel Workbook (.xlsx) without macros and import that file.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="309"/>
        <source>{name} is a zip file but not an Excel workbook (no workbook part).</source>
        <translation>{name} is a zip file but not an Excel workbook (no workbook part).</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="312"/>
        <source>{name} is damaged: the part {part} fails its checksum.</source>
        <translation>{name} is damaged: the part {part} fails its checksum.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="315"/>
        <source>{name} is not a readable .xlsx file: it is damaged or incomplete ({detail}).</source>
        <translation>{name} is not a readable .xlsx file: it is damaged or incomplete ({detail}).</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="319"/>
        <source>{name} cannot be read as an Excel workbook ({detail}).</source>
        <translation>{name} cannot be read as an Excel workbook ({detail}).</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="322"/>
        <source>{name} is not a PRM diagnostic: it carries no export id. Import the workbook made with Export diagnostic, as the partner returned it.</source>
        <translation>{name} is not a PRM diagnostic: it carries no export id. Import the workbook made with Export diagnostic, as the partner returned it.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="327"/>
        <source>{name} was altered: its {field} differs between the hidden sheet ({sheet}) and the document properties ({props}).</source>
        <translation>{name} was altered: its {field} differs between the hidden sheet ({sheet}) and the document properties ({props}).</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="332"/>
        <source>{name} was altered: its schema version or partner id is not a number.</source>
        <translation>{name} was altered: its schema version or partner id is not a number.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="335"/>
        <source>{name} has diagnostic schema version {version}; this version of PRM Desktop reads version {expected}.</source>
        <translation>{name} has diagnostic schema version {version}; this version of PRM Desktop reads version {expected}.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="340"/>
        <source>{name} was not imported: {problems}.</source>
        <translation>{name} was not imported: {problems}.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="343"/>
        <source>the cell named {cell} is missing or was changed</source>
        <translation>the cell named {cell} is missing or was changed</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="346"/>
        <source>the {phase} score ({where}) is empty: choose 0 to 5</source>
        <translation>the {phase} score ({where}) is empty: choose 0 to 5</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="349"/>
        <source>the {phase} score ({where}) is {value}, not a number: choose 0 to 5</source>
        <translation>the {phase} score ({where}) is {value}, not a number: choose 0 to 5</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="352"/>
        <source>the {phase} score ({where}) holds the text {value}, not a number: choose 0 to 5 from the drop-down</source>
        <translation>the {phase} score ({where}) holds the text {value}, not a number: choose 0 to 5 from the drop-down</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="357"/>
        <source>the {phase} score ({where}) is {value}: scores are whole numbers 0 to 5</source>
        <translation>the {phase} score ({where}) is {value}: scores are whole numbers 0 to 5</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="360"/>
        <source>the {phase} score ({where}) is {value}: scores go from 0 to 5</source>
        <translation>the {phase} score ({where}) is {value}: scores go from 0 to 5</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="363"/>
        <source>the {phase} comment ({where}) has {length} characters; at most {limit} are kept</source>
        <translation>the {phase} comment ({where}) has {length} characters; at most {limit} are kept</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="367"/>
        <source>{name} carries the export id {export_id}, which this database does not know: it was exported from another database, or altered.</source>
        <translation>{name} carries the export id {export_id}, which this database does not know: it was exported from another database, or altered.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="372"/>
        <source>{name}: its partner no longer exists.</source>
        <translation>{name}: its partner no longer exists.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="375"/>
        <source>{name} names the partner {named}, but its export id {export_id} belongs to another partner, {partner}: the file was altered or mixed up.</source>
        <translation>{name} names the partner {named}, but its export id {export_id} belongs to another partner, {partner}: the file was altered or mixed up.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="380"/>
        <source>{name}: export {export_id} has schema version {version}, not {expected}.</source>
        <translation>{name}: export {export_id} has schema version {version}, not {expected}.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="383"/>
        <source>{name} was already imported on {imported} (assessment dated {assessed}) with other answers; nothing was changed. Export a new diagnostic for a new self-assessment.</source>
        <translation>{name} was already imported on {imported} (assessment dated {assessed}) with other answers; nothing was changed. Export a new diagnostic for a new self-assessment.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="389"/>
        <source>{name} could not be imported.</source>
        <translation>{name} could not be imported.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="392"/>
        <source>a zip archive (perhaps an .xlsx workbook)</source>
        <translation>a zip archive (perhaps an .xlsx workbook)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="395"/>
        <source>an Office binary file (an .xls workbook or a password-protected file)</source>
        <translation>an Office binary file (an .xls workbook or a password-protected file)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="398"/>
        <source>a PDF document</source>
        <translation>a PDF document</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="399"/>
        <source>an image</source>
        <translation>an image</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="400"/>
        <source>a compressed archive</source>
        <translation>a compressed archive</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="401"/>
        <source>a binary file</source>
        <translation>a binary file</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="402"/>
        <source>a text file (a CSV saved with the wrong extension?)</source>
        <translation>a text file (a CSV saved with the wrong extension?)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="405"/>
        <source>not an Excel workbook</source>
        <translation>not an Excel workbook</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="459"/>
        <source>Kinds a file can use: %1</source>
        <translation>Kinds a file can use: %1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="465"/>
        <source>Partner types a file can use: %1</source>
        <translation>Partner types a file can use: %1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="473"/>
        <source>Statuses a file can use: %1</source>
        <translation>Statuses a file can use: %1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="485"/>
        <source>Dates a file can use: 2026-04-01, 2026/4/1, 2026年4月1日, or an Excel date cell; an event&apos;s time follows its date: 2026/4/1 9:30, 2026-04-01T09:30+09:00</source>
        <translation>Dates a file can use: 2026-04-01, 2026/4/1, 2026年4月1日, or an Excel date cell; an event&apos;s time follows its date: 2026/4/1 9:30, 2026-04-01T09:30+09:00</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="499"/>
        <source>%1: %2</source>
        <comment>a column and its problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="508"/>
        <source>row %1: </source>
        <translation>row %1: </translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="512"/>
        <source>; </source>
        <comment>between the problems of one row in the rejects file</comment>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="521"/>
        <source>problem</source>
        <comment>rejects file column</comment>
        <translation>problem</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="535"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="554"/>
        <source>Excel workbook, sheet %1</source>
        <extracomment>How the encodings the importer detects are known to users.</extracomment>
        <translation>Excel workbook, sheet %1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="558"/>
        <source>comma</source>
        <translation>comma</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="559"/>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="560"/>
        <source>semicolon</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_messages.py" line="565"/>
        <source>CSV, encoding %1, delimiter %2</source>
        <translation>CSV, encoding %1, delimiter %2</translation>
    </message>
</context>
<context>
    <name>ImportNotices</name>
    <message>
        <location filename="../../prm_desktop/models/import_notices.py" line="30"/>
        <source>… (%1 in all)</source>
        <extracomment>How many names a summary lists (then how many in all).</extracomment>
        <translation>… (%1 in all)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_notices.py" line="43"/>
        <source>Partners to create: %1</source>
        <translation>Partners to create: %1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_notices.py" line="45"/>
        <source>New partners: %1</source>
        <translation>New partners: %1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_notices.py" line="51"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_notices.py" line="58"/>
        <source>Persons to create: %1</source>
        <translation>Persons to create: %1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_notices.py" line="60"/>
        <source>New persons: %1</source>
        <translation>New persons: %1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_notices.py" line="71"/>
        <source>%1 ≈ %2 (%3)</source>
        <translation>%1 ≈ %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_notices.py" line="77"/>
        <source>%1 ≈ %2</source>
        <translation>%1 ≈ %2</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_notices.py" line="81"/>
        <source>Names like another, to be created separately (check the spelling): %1</source>
        <translation>Names like another, to be created separately (check the spelling): %1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_notices.py" line="85"/>
        <source>Names like another, created separately (check the spelling): %1</source>
        <translation>Names like another, created separately (check the spelling): %1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_notices.py" line="97"/>
        <source>Merged cells, read as their value on every row they span: %1</source>
        <translation>Merged cells, read as their value on every row they span: %1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_notices.py" line="103"/>
        <source>row %1 “%2”</source>
        <translation>row %1 “%2”</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_notices.py" line="107"/>
        <source>Notes, not imported: %1</source>
        <translation>Notes, not imported: %1</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="331"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="333"/>
        <source>Everything is written in one go: Cancel leaves the database as it was.</source>
        <translation>Everything is written in one go: Cancel leaves the database as it was.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="336"/>
        <source>Open the rejects file</source>
        <translation>Open the rejects file</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="337"/>
        <source>The rejected rows with their reasons, to correct</source>
        <translation>The rejected rows with their reasons, to correct</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="372"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="380"/>
        <source>Saved in the database.</source>
        <translation>Saved in the database.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="400"/>
        <source>Rejected rows were written to %1 beside the file.</source>
        <translation>Rejected rows were written to %1 beside the file.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="382"/>
        <source>Nothing was written: the database is as it was.</source>
        <translation>Nothing was written: the database is as it was.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="386"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="393"/>
        <source>Imported.</source>
        <translation>Imported.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="395"/>
        <source>Nothing new to import: those rows were already there.</source>
        <translation>Nothing new to import: those rows were already there.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="397"/>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="406"/>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="61"/>
        <source>Activity events</source>
        <translation>Activity events</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="62"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="63"/>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="64"/>
        <source>Materials (contents)</source>
        <translation>Materials (contents)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="90"/>
        <source>Cannot read this file: %1</source>
        <extracomment>What a preview was read from: the path and the sheet asked for (None: the first one).</extracomment>
        <translation>Cannot read this file: %1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="427"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>InterventionDialog</name>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/dialogs.py" line="115"/>
        <source>Record Intervention</source>
        <translation>Record Intervention</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/dialogs.py" line="133"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/dialogs.py" line="135"/>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/dialogs.py" line="136"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/dialogs.py" line="137"/>
        <source>&amp;Category</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/dialogs.py" line="138"/>
        <source>&amp;Action taken</source>
        <translation>&amp;Action taken</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/dialogs.py" line="139"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="16"/>
        <source>Reseller</source>
        <translation>Reseller</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="17"/>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="18"/>
        <source>System integrator</source>
        <translation>System integrator</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="19"/>
        <source>Technology</source>
        <translation>Technology</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="20"/>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="27"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="28"/>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="29"/>
        <source>Terminated</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="36"/>
        <source>Deals registered</source>
        <translation>Deals registered</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="37"/>
        <source>Deals won</source>
        <translation>Deals won</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="38"/>
        <source>Won amount (JPY)</source>
        <translation>Won amount (JPY)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="39"/>
        <source>Trainings completed</source>
        <translation>Trainings completed</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="40"/>
        <source>Leads registered</source>
        <translation>Leads registered</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="47"/>
        <source>Perception</source>
        <translation>Perception</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="48"/>
        <source>Readiness</source>
        <translation>Readiness</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="49"/>
        <source>Activate</source>
        <translation>Activate</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="50"/>
        <source>Collaboration</source>
        <translation>Collaboration</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="51"/>
        <source>Trust</source>
        <translation>Trust</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="58"/>
        <source>Us</source>
        <translation>Us</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="59"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="73"/>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="74"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="75"/>
        <source>Material download</source>
        <translation>Material download</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="76"/>
        <source>Training completed</source>
        <translation>Training completed</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="77"/>
        <source>Deal consulted</source>
        <translation>Deal consulted</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="78"/>
        <source>Lead registered</source>
        <translation>Lead registered</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="79"/>
        <source>Deal registered</source>
        <translation>Deal registered</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="80"/>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="81"/>
        <source>Deal won</source>
        <translation>Deal won</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="82"/>
        <source>Deal lost</source>
        <translation>Deal lost</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="89"/>
        <source>Onboarding</source>
        <translation>Onboarding</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="90"/>
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="91"/>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/labels.py" line="92"/>
        <source>Dormant</source>
        <translation>Dormant</translation>
    </message>
</context>
<context>
    <name>LearnView</name>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/learn_view.py" line="117"/>
        <source>Empty: choose an intervention that worked above and save it as a playbook entry, so the next signal of its kind suggests it.</source>
        <translation>Empty: choose an intervention that worked above and save it as a playbook entry, so the next signal of its kind suggests it.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/learn_view.py" line="183"/>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/learn_view.py" line="188"/>
        <source>No intervention recorded yet. Record what you did for a partner from a signal on the Today page; 90 days later this page shows whether deal registrations rose.</source>
        <translation>No intervention recorded yet. Record what you did for a partner from a signal on the Today page; 90 days later this page shows whether deal registrations rose.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/views/diagnosis/learn_view.py" line="197"/>
        <source>%n intervention(s) recorded</source>
        <translation>
            <numerusform>%n intervention recorded</numerusform>
            <numerusform>%n interventions recorded</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/learn_view.py" line="200"/>
        <source>deal registrations rose after %1 of the %2 whose 90 days are over</source>
        <translation>deal registrations rose after %1 of the %2 whose 90 days are over</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/learn_view.py" line="233"/>
        <source>Select an intervention to compare before and after.</source>
        <translation>Select an intervention to compare before and after.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/learn_view.py" line="245"/>
        <source>The 90 days after are not over yet: %1 days so far.</source>
        <translation>The 90 days after are not over yet: %1 days so far.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/learn_view.py" line="280"/>
        <source>Save as Playbook</source>
        <translation>Save as Playbook</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/learn_view.py" line="281"/>
        <source>This intervention answered no signal. Offer its action for:</source>
        <translation>This intervention answered no signal. Offer its action for:</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/learn_view.py" line="301"/>
        <source>Remove from Playbook</source>
        <translation>Remove from Playbook</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/learn_view.py" line="303"/>
        <source>Stop offering “%1” for %2?</source>
        <translation>Stop offering “%1” for %2?</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/learn_view.py" line="311"/>
        <source>&amp;Save as Playbook</source>
        <translation>&amp;Save as Playbook</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/learn_view.py" line="313"/>
        <source>Offer this action as the suggested action for the same signal from now on</source>
        <translation>Offer this action as the suggested action for the same signal from now on</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/learn_view.py" line="315"/>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/learn_view.py" line="316"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/learn_view.py" line="317"/>
        <source>Before and after (90 days each)</source>
        <translation>Before and after (90 days each)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/learn_view.py" line="318"/>
        <source>Programme: per category</source>
        <translation>Programme: per category</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/learn_view.py" line="319"/>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="816"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="820"/>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="825"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="110"/>
        <source>No partners yet: add one with New Partner, or import a partner list (File → Import CSV or Excel, or drop the file on this window).</source>
        <translation>No partners yet: add one with New Partner, or import a partner list (File → Import CSV or Excel, or drop the file on this window).</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="113"/>
        <source>No partner matches the filter.</source>
        <translation>No partner matches the filter.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="284"/>
        <source>Filter partners by name, code, territory, owner, key person… (Ctrl+F)</source>
        <extracomment>Feature modules add their commands here (PRACT, signals, reports, backups...).</extracomment>
        <translation>Filter partners by name, code, territory, owner, key person… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="286"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="287"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="288"/>
        <source>&amp;New Partner…</source>
        <translation>&amp;New Partner…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="289"/>
        <source>&amp;Edit Partner…</source>
        <translation>&amp;Edit Partner…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="290"/>
        <source>&amp;Delete Partner…</source>
        <translation>&amp;Delete Partner…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="291"/>
        <source>&amp;Go to Partner…</source>
        <translation>&amp;Go to Partner…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="292"/>
        <source>Onboarding &amp;Template…</source>
        <translation>Onboarding &amp;Template…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="293"/>
        <source>&amp;Partners</source>
        <translation>&amp;Partners</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="294"/>
        <source>&amp;My Actions</source>
        <translation>&amp;My Actions</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="295"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="296"/>
        <source>My actions</source>
        <translation>My actions</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="297"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="298"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="299"/>
        <source>Show All Partners</source>
        <translation>Show All Partners</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="300"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="301"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="302"/>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="305"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="306"/>
        <source>&amp;Open Database…</source>
        <translation>&amp;Open Database…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="307"/>
        <source>&amp;New Database…</source>
        <translation>&amp;New Database…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="308"/>
        <source>&amp;Import CSV or Excel…</source>
        <translation>&amp;Import CSV or Excel…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="309"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="310"/>
        <source>&amp;Filter Partners</source>
        <translation>&amp;Filter Partners</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="311"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="312"/>
        <source>&amp;About PRM Desktop</source>
        <translation>&amp;About PRM Desktop</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="339"/>
        <source>No database open</source>
        <translation>No database open</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="362"/>
        <source>Cannot open database</source>
        <translation>Cannot open database</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="367"/>
        <source>Open Database</source>
        <translation>Open Database</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="373"/>
        <location filename="../../prm_desktop/views/main_window.py" line="380"/>
        <source>New Database</source>
        <translation>New Database</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="382"/>
        <source>A file with that name already exists. Choose a new name, or use Open Database to open it.</source>
        <translation>A file with that name already exists. Choose a new name, or use Open Database to open it.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/views/main_window.py" line="418"/>
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partners</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="420"/>
        <source>%1 of %2 partners</source>
        <translation>%1 of %2 partners</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="441"/>
        <source>Showing %1 partner(s): %2</source>
        <translation>Showing %1 partner(s): %2</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="489"/>
        <source>New partner %1</source>
        <translation>New partner %1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="506"/>
        <source>Edit partner %1</source>
        <translation>Edit partner %1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="521"/>
        <source>Delete Partner</source>
        <translation>Delete Partner</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/main_window.py" line="523"/>
        <source>Delete %1 with all its persons, activity, 1on1s and goals? This cannot be undone.</source>
        <translation>Delete %1 with all its persons, activity, 1on1s and goals? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="264"/>
        <source>Check the preview and map the columns</source>
        <translation>Check the preview and map the columns</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="267"/>
        <source>Columns whose header is known are mapped already; choose a field for the others. * marks a field every file needs.</source>
        <translation>Columns whose header is known are mapped already; choose a field for the others. * marks a field every file needs.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="357"/>
        <source>Using the mapping you saved for files with these columns.</source>
        <translation>Using the mapping you saved for files with these columns.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="312"/>
        <source>Which field does each column hold?</source>
        <translation>Which field does each column hold?</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="352"/>
        <source>Using the mapping and the source “%1” you saved for files with these columns.</source>
        <translation>Using the mapping and the source “%1” you saved for files with these columns.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="382"/>
        <source>Required field not mapped: %1</source>
        <translation>Required field not mapped: %1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="385"/>
        <source>A source has at most %1 characters.</source>
        <translation>A source has at most %1 characters.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="389"/>
        <source>Two columns are mapped to: %1</source>
        <translation>Two columns are mapped to: %1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="333"/>
        <source>(ignore this column)</source>
        <translation>(ignore this column)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="294"/>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="298"/>
        <source>Events are matched on their ID within one source. Give the exports of another system a source name of their own, so their IDs never meet those of the events imported before.</source>
        <translation>Events are matched on their ID within one source. Give the exports of another system a source name of their own, so their IDs never meet those of the events imported before.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_wizard.py" line="341"/>
        <source>(no header)</source>
        <translation>(no header)</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../prm_desktop/views/meeting_dialog.py" line="72"/>
        <source>Due date &quot;%1&quot; of &quot;%2&quot; is not a date (use YYYY-MM-DD).</source>
        <translation>Due date &quot;%1&quot; of &quot;%2&quot; is not a date (use YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/meeting_dialog.py" line="84"/>
        <source>Edit 1on1</source>
        <translation>Edit 1on1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/meeting_dialog.py" line="84"/>
        <source>New 1on1</source>
        <translation>New 1on1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/meeting_dialog.py" line="93"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/meeting_dialog.py" line="94"/>
        <source>&amp;Topics</source>
        <translation>&amp;Topics</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/meeting_dialog.py" line="95"/>
        <source>PRACT &amp;phase discussed</source>
        <translation>PRACT &amp;phase discussed</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/meeting_dialog.py" line="121"/>
        <source>&amp;Attendees</source>
        <translation>&amp;Attendees</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/meeting_dialog.py" line="125"/>
        <source>What was discussed, agreed, and why…</source>
        <translation>What was discussed, agreed, and why…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/meeting_dialog.py" line="127"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/meeting_dialog.py" line="142"/>
        <source>Action item</source>
        <translation>Action item</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/meeting_dialog.py" line="143"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/meeting_dialog.py" line="144"/>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/meeting_dialog.py" line="145"/>
        <source>Due (YYYY-MM-DD)</source>
        <translation>Due (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/meeting_dialog.py" line="146"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/meeting_dialog.py" line="159"/>
        <source>Add action item</source>
        <translation>Add action item</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/meeting_dialog.py" line="160"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/meeting_dialog.py" line="167"/>
        <source>Action items</source>
        <translation>Action items</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="134"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="138"/>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="142"/>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="146"/>
        <source>PRACT</source>
        <translation>PRACT</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="150"/>
        <source>Open actions</source>
        <translation>Open actions</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <location filename="../../prm_desktop/views/tabs/meetings_tab.py" line="27"/>
        <source>No 1on1 yet: record each meeting with its agenda and action items.</source>
        <translation>No 1on1 yet: record each meeting with its agenda and action items.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/meetings_tab.py" line="32"/>
        <source>&amp;New 1on1…</source>
        <translation>&amp;New 1on1…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/meetings_tab.py" line="33"/>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/meetings_tab.py" line="34"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/meetings_tab.py" line="83"/>
        <source>New 1on1</source>
        <translation>New 1on1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/meetings_tab.py" line="113"/>
        <source>Delete 1on1</source>
        <translation>Delete 1on1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/meetings_tab.py" line="114"/>
        <source>Delete the 1on1 of %1 and its action items?</source>
        <translation>Delete the 1on1 of %1 and its action items?</translation>
    </message>
</context>
<context>
    <name>MyActionsView</name>
    <message numerus="yes">
        <location filename="../../prm_desktop/views/my_actions.py" line="90"/>
        <source>%n open item(s)</source>
        <translation>
            <numerusform>%n open item</numerusform>
            <numerusform>%n open items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/views/my_actions.py" line="92"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/my_actions.py" line="123"/>
        <source>Complete %1</source>
        <translation>Complete %1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/my_actions.py" line="127"/>
        <source>Filter by partner, item or owner… (Ctrl+F)</source>
        <translation>Filter by partner, item or owner… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/my_actions.py" line="128"/>
        <source>Mark &amp;Done</source>
        <translation>Mark &amp;Done</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/my_actions.py" line="129"/>
        <source>&amp;Open Partner</source>
        <translation>&amp;Open Partner</translation>
    </message>
</context>
<context>
    <name>OnboardingTab</name>
    <message>
        <location filename="../../prm_desktop/views/tabs/onboarding_tab.py" line="40"/>
        <source>&amp;Create Checklist from Template</source>
        <translation>&amp;Create Checklist from Template</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/onboarding_tab.py" line="41"/>
        <source>Mark &amp;Done / Not Done</source>
        <translation>Mark &amp;Done / Not Done</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/onboarding_tab.py" line="66"/>
        <source>No onboarding checklist yet.</source>
        <translation>No onboarding checklist yet.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/onboarding_tab.py" line="68"/>
        <source>%1 of %2 steps done</source>
        <translation>%1 of %2 steps done</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/views/tabs/onboarding_tab.py" line="70"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/onboarding_tab.py" line="86"/>
        <source>Complete %1</source>
        <translation>Complete %1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/onboarding_tab.py" line="86"/>
        <source>Reopen %1</source>
        <translation>Reopen %1</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="64"/>
        <source>&amp;Edit Partner…</source>
        <translation>&amp;Edit Partner…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="65"/>
        <source>Delete Partner…</source>
        <translation>Delete Partner…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="66"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="68"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="69"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="70"/>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="71"/>
        <source>Territory</source>
        <translation>Territory</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="72"/>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="73"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="74"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="75"/>
        <source>Contract date</source>
        <translation>Contract date</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="76"/>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="80"/>
        <source>Phase and headline numbers</source>
        <translation>Phase and headline numbers</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="81"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="114"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="115"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="116"/>
        <source>%n 1on1(s)</source>
        <translation>
            <numerusform>%n 1on1</numerusform>
            <numerusform>%n 1on1s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="117"/>
        <source>%n open action(s)</source>
        <translation>
            <numerusform>%n open action</numerusform>
            <numerusform>%n open actions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="119"/>
        <source>onboarding %1/%2</source>
        <translation>onboarding %1/%2</translation>
    </message>
</context>
<context>
    <name>PartnerDealsTab</name>
    <message>
        <location filename="../../prm_desktop/views/deals/partner_deals_tab.py" line="40"/>
        <source>No deal registration yet: the partner&apos;s claims on deals appear here.</source>
        <translation>No deal registration yet: the partner&apos;s claims on deals appear here.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/partner_deals_tab.py" line="101"/>
        <source>No activity names this deal yet.</source>
        <extracomment>The database ``model.expiring_days`` was read from (None: read it again).</extracomment>
        <translation>No activity names this deal yet.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/partner_deals_tab.py" line="105"/>
        <source>Activity on this deal: %1</source>
        <translation>Activity on this deal: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/views/deals/partner_deals_tab.py" line="129"/>
        <source>%n registration(s)</source>
        <translation>
            <numerusform>%n registration</numerusform>
            <numerusform>%n registrations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/partner_deals_tab.py" line="132"/>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/partner_deals_tab.py" line="133"/>
        <source>&amp;Approve…</source>
        <translation>&amp;Approve…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/partner_deals_tab.py" line="134"/>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;ject…</translation>
    </message>
</context>
<context>
    <name>PartnerDetailWidget</name>
    <message>
        <location filename="../../prm_desktop/views/partner_detail.py" line="102"/>
        <source>Select a partner in the list to see its details.</source>
        <translation>Select a partner in the list to see its details.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_detail.py" line="104"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_detail.py" line="105"/>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_detail.py" line="106"/>
        <source>Onboarding</source>
        <translation>Onboarding</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_detail.py" line="107"/>
        <source>1on1 log</source>
        <translation>1on1 log</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_detail.py" line="108"/>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_detail.py" line="109"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <location filename="../../prm_desktop/views/partner_dialog.py" line="15"/>
        <source>Edit Partner</source>
        <translation>Edit Partner</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_dialog.py" line="15"/>
        <source>New Partner</source>
        <translation>New Partner</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_dialog.py" line="36"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_dialog.py" line="38"/>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_dialog.py" line="39"/>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_dialog.py" line="40"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_dialog.py" line="37"/>
        <source>Reading (&amp;kana)</source>
        <translation>Reading (&amp;kana)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_dialog.py" line="41"/>
        <source>Territor&amp;y</source>
        <translation>Territor&amp;y</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_dialog.py" line="42"/>
        <source>&amp;Industry</source>
        <translation>&amp;Industry</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_dialog.py" line="43"/>
        <source>&amp;Owner</source>
        <translation>&amp;Owner</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_dialog.py" line="44"/>
        <source>Tie&amp;r</source>
        <translation>Tie&amp;r</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_dialog.py" line="45"/>
        <source>Contract &amp;date</source>
        <translation>Contract &amp;date</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_dialog.py" line="46"/>
        <source>Not&amp;es</source>
        <translation>Not&amp;es</translation>
    </message>
</context>
<context>
    <name>PartnerKpiPanel</name>
    <message>
        <location filename="../../prm_desktop/views/partner_kpis.py" line="22"/>
        <source>Material downloads</source>
        <translation>Material downloads</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_kpis.py" line="23"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_kpis.py" line="24"/>
        <source>Deals registered</source>
        <translation>Deals registered</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_kpis.py" line="25"/>
        <source>Deals won</source>
        <translation>Deals won</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_kpis.py" line="26"/>
        <source>Logins</source>
        <translation>Logins</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_kpis.py" line="27"/>
        <source>Trainings</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_kpis.py" line="107"/>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_kpis.py" line="111"/>
        <source>not registered yet</source>
        <translation>not registered yet</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/partner_kpis.py" line="112"/>
        <source>Phase: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Phase: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <location filename="../../prm_desktop/models/partner_table.py" line="40"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/partner_table.py" line="41"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/partner_table.py" line="42"/>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/partner_table.py" line="43"/>
        <source>Territory</source>
        <translation>Territory</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/partner_table.py" line="44"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/partner_table.py" line="45"/>
        <source>Last activity</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/partner_table.py" line="46"/>
        <source>Key person</source>
        <translation>Key person</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="83"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="87"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="91"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="97"/>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="103"/>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../prm_desktop/views/person_dialog.py" line="13"/>
        <source>Edit Person</source>
        <translation>Edit Person</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/person_dialog.py" line="13"/>
        <source>New Person</source>
        <translation>New Person</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/person_dialog.py" line="19"/>
        <source>Key person (キーマン)</source>
        <translation>Key person (キーマン)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/person_dialog.py" line="24"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/person_dialog.py" line="25"/>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/person_dialog.py" line="26"/>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/person_dialog.py" line="27"/>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/person_dialog.py" line="29"/>
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="26"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="29"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="33"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="37"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="41"/>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="43"/>
        <source>Key person</source>
        <translation>Key person</translation>
    </message>
</context>
<context>
    <name>PersonsTab</name>
    <message>
        <location filename="../../prm_desktop/views/tabs/persons_tab.py" line="31"/>
        <source>No persons yet: add the people who sell, decide and sign at this partner.</source>
        <translation>No persons yet: add the people who sell, decide and sign at this partner.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/persons_tab.py" line="37"/>
        <source>&amp;Add Person…</source>
        <translation>&amp;Add Person…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/persons_tab.py" line="38"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/persons_tab.py" line="39"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/persons_tab.py" line="40"/>
        <source>E&amp;rase Personal Data…</source>
        <translation>E&amp;rase Personal Data…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/persons_tab.py" line="70"/>
        <source>Add person</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/persons_tab.py" line="80"/>
        <source>Edit person %1</source>
        <translation>Edit person %1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/persons_tab.py" line="95"/>
        <source>Delete Person</source>
        <translation>Delete Person</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/persons_tab.py" line="96"/>
        <source>Delete %1? Their past activity stays with the partner.</source>
        <translation>Delete %1? Their past activity stays with the partner.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/persons_tab.py" line="110"/>
        <source>Erase Personal Data</source>
        <translation>Erase Personal Data</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/tabs/persons_tab.py" line="112"/>
        <source>Erase the name, email and phone of %1 everywhere, including 1on1 attendee lists and notes? Partner-level counts remain. This cannot be undone.</source>
        <translation>Erase the name, email and phone of %1 everywhere, including 1on1 attendee lists and notes? Partner-level counts remain. This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>PlaybookTableModel</name>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="985"/>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="989"/>
        <source>Action offered</source>
        <translation>Action offered</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="993"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="1001"/>
        <source>In use</source>
        <translation>In use</translation>
    </message>
</context>
<context>
    <name>PractTab</name>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/pract_tab.py" line="264"/>
        <source>No PRACT assessment yet. Record the manager&apos;s view, or the partner&apos;s own.</source>
        <extracomment>``(workspace, parent) -&gt; QWidget`` factories of widgets shown beside the Trust score; a widget with ``show_partner(partner_id: int | None)`` is told whenever the partner changes. Below this width the radar goes above the diagnosis instead of beside it.</extracomment>
        <translation>No PRACT assessment yet. Record the manager&apos;s view, or the partner&apos;s own.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/pract_tab.py" line="275"/>
        <source>%1, %2: &lt;b&gt;%3&lt;/b&gt;/25 — &lt;b style=&apos;color:%4&apos;&gt;%5&lt;/b&gt;</source>
        <translation>%1, %2: &lt;b&gt;%3&lt;/b&gt;/25 — &lt;b style=&apos;color:%4&apos;&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/pract_tab.py" line="287"/>
        <source>All five phases score %1/5: none stands out as the weakest.</source>
        <translation>All five phases score %1/5: none stands out as the weakest.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/pract_tab.py" line="295"/>
        <source>Weakest: &lt;b&gt;%1&lt;/b&gt; (%2/5) — try %3</source>
        <translation>Weakest: &lt;b&gt;%1&lt;/b&gt; (%2/5) — try %3</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/pract_tab.py" line="305"/>
        <source>Gaps of 2 or more are highlighted: worth a talk (%1).</source>
        <translation>Gaps of 2 or more are highlighted: worth a talk (%1).</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/pract_tab.py" line="309"/>
        <source>No gap of 2 or more between the partner&apos;s view and yours.</source>
        <translation>No gap of 2 or more between the partner&apos;s view and yours.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/pract_tab.py" line="315"/>
        <source>&lt;b&gt;Trust&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;Trust&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/pract_tab.py" line="322"/>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/pract_tab.py" line="326"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 points over the last 365 days</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 points over the last 365 days</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/pract_tab.py" line="327"/>
        <source>no tier yet</source>
        <translation>no tier yet</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/pract_tab.py" line="333"/>
        <source>Top tier reached.</source>
        <translation>Top tier reached.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/pract_tab.py" line="360"/>
        <source>New PRACT assessment</source>
        <translation>New PRACT assessment</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/pract_tab.py" line="370"/>
        <location filename="../../prm_desktop/views/diagnosis/pract_tab.py" line="376"/>
        <source>Delete Assessment</source>
        <translation>Delete Assessment</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/pract_tab.py" line="370"/>
        <source>Select an assessment first.</source>
        <translation>Select an assessment first.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/pract_tab.py" line="378"/>
        <source>Delete the %1 assessment of %2?</source>
        <translation>Delete the %1 assessment of %2?</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/pract_tab.py" line="387"/>
        <source>&amp;New Assessment…</source>
        <translation>&amp;New Assessment…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/pract_tab.py" line="388"/>
        <source>&amp;Delete Assessment</source>
        <translation>&amp;Delete Assessment</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/pract_tab.py" line="389"/>
        <source>Partner&apos;s view against yours</source>
        <translation>Partner&apos;s view against yours</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/pract_tab.py" line="390"/>
        <source>Trust</source>
        <translation>Trust</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/pract_tab.py" line="391"/>
        <source>Tier and points</source>
        <translation>Tier and points</translation>
    </message>
</context>
<context>
    <name>PreviewTableModel</name>
    <message>
        <location filename="../../prm_desktop/models/import_models.py" line="33"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
</context>
<context>
    <name>ProgrammeTableModel</name>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="944"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="948"/>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="954"/>
        <source>Judged (90 days on)</source>
        <translation>Judged (90 days on)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="962"/>
        <source>Deals rose</source>
        <translation>Deals rose</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="968"/>
        <source>Success rate</source>
        <translation>Success rate</translation>
    </message>
</context>
<context>
    <name>QbrOptions</name>
    <message>
        <location filename="../../prm_desktop/views/reports/dialogs.py" line="73"/>
        <source>For the partner (to hand over)</source>
        <translation>For the partner (to hand over)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/dialogs.py" line="76"/>
        <source>Internal (with notes and risks)</source>
        <translation>Internal (with notes and risks)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/dialogs.py" line="83"/>
        <source>&amp;Quarter</source>
        <translation>&amp;Quarter</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/dialogs.py" line="84"/>
        <source>&amp;Variant</source>
        <translation>&amp;Variant</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/dialogs.py" line="85"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
</context>
<context>
    <name>QbrOptionsDialog</name>
    <message>
        <location filename="../../prm_desktop/views/reports/dialogs.py" line="97"/>
        <source>Export QBR</source>
        <translation>Export QBR</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/dialogs.py" line="100"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../prm_desktop/views/safety/recovery.py" line="30"/>
        <source>Restoring the backup…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/recovery.py" line="35"/>
        <location filename="../../prm_desktop/views/safety/recovery.py" line="46"/>
        <source>Restore Backup</source>
        <translation>Restore Backup</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/recovery.py" line="39"/>
        <source>The database was restored from the backup of %1.</source>
        <translation>The database was restored from the backup of %1.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/recovery.py" line="43"/>
        <source>The file as it was before is kept in %1.</source>
        <translation>The file as it was before is kept in %1.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/recovery.py" line="55"/>
        <source>Damaged Database</source>
        <translation>Damaged Database</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/recovery.py" line="59"/>
        <source>PRM Desktop cannot open %1: the file is damaged.</source>
        <translation>PRM Desktop cannot open %1: the file is damaged.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/recovery.py" line="64"/>
        <source>No good backup of it was found. The file was left exactly as it is; keep a copy of it and ask for help before changing it.</source>
        <translation>No good backup of it was found. The file was left exactly as it is; keep a copy of it and ask for help before changing it.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/recovery.py" line="75"/>
        <source>The database %1 is damaged and cannot be opened safely.</source>
        <translation>The database %1 is damaged and cannot be opened safely.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/recovery.py" line="81"/>
        <source>The newest good backup is from %1 (%2 partners, %3 events). Restore it? The damaged file is kept either way; Close leaves everything as it is.</source>
        <translation>The newest good backup is from %1 (%2 partners, %3 events). Restore it? The damaged file is kept either way; Close leaves everything as it is.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/recovery.py" line="93"/>
        <source>Restore Newest Backup</source>
        <translation>Restore Newest Backup</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/recovery.py" line="97"/>
        <source>Choose a Backup…</source>
        <translation>Choose a Backup…</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="37"/>
        <source>Edit Deal Registration</source>
        <extracomment>partner id → [(person id, name)], read when the partner changes.</extracomment>
        <translation>Edit Deal Registration</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="37"/>
        <source>New Deal Registration</source>
        <translation>New Deal Registration</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="52"/>
        <source>As the partner wrote it, e.g. 株式会社アルファ</source>
        <translation>As the partner wrote it, e.g. 株式会社アルファ</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="54"/>
        <source>13 digits, optional</source>
        <translation>13 digits, optional</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="57"/>
        <source>JPY, e.g. 1,200,000</source>
        <translation>JPY, e.g. 1,200,000</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="60"/>
        <source>Empty: the registered date plus the default validity</source>
        <translation>Empty: the registered date plus the default validity</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="62"/>
        <source>&amp;Partner</source>
        <translation>&amp;Partner</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="63"/>
        <source>Registered &amp;by</source>
        <translation>Registered &amp;by</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="64"/>
        <source>End &amp;customer</source>
        <translation>End &amp;customer</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="65"/>
        <source>Corporate &amp;number</source>
        <translation>Corporate &amp;number</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="66"/>
        <source>&amp;Deal</source>
        <translation>&amp;Deal</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="67"/>
        <source>&amp;Amount</source>
        <translation>&amp;Amount</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="68"/>
        <source>&amp;Registered</source>
        <translation>&amp;Registered</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="69"/>
        <source>&amp;Expires</source>
        <translation>&amp;Expires</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="83"/>
        <source>Type to search partners…</source>
        <translation>Type to search partners…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="89"/>
        <source>(not recorded)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="101"/>
        <source>Choose a partner from the list.</source>
        <translation>Choose a partner from the list.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="106"/>
        <source>Amount: %1</source>
        <translation>Amount: %1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="145"/>
        <source>New registration: %1</source>
        <translation>New registration: %1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="184"/>
        <source>Edit registration: %1</source>
        <translation>Edit registration: %1</translation>
    </message>
</context>
<context>
    <name>RegistrationList</name>
    <message>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="155"/>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="351"/>
        <source>All partners</source>
        <translation>All partners</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="156"/>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="352"/>
        <source>All owners</source>
        <translation>All owners</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="183"/>
        <source>%n registration(s)</source>
        <translation>
            <numerusform>%n registration</numerusform>
            <numerusform>%n registrations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="244"/>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="263"/>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="313"/>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="317"/>
        <source>Import Deal Registrations</source>
        <translation>Import Deal Registrations</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="246"/>
        <source>CSV or Excel files (*.csv *.tsv *.txt *.xlsx)</source>
        <translation>CSV or Excel files (*.csv *.tsv *.txt *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="264"/>
        <source>%1 has several sheets. Import the sheet:</source>
        <translation>%1 has several sheets. Import the sheet:</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="278"/>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="299"/>
        <source>Imported: %1</source>
        <translation>Imported: %1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="300"/>
        <source>Already there: %1</source>
        <translation>Already there: %1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="303"/>
        <source>The file was rejected; nothing was imported.</source>
        <translation>The file was rejected; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="305"/>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="325"/>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="333"/>
        <source>Expires within %n day(s)</source>
        <translation>
            <numerusform>Expires within %n day</numerusform>
            <numerusform>Expires within %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="331"/>
        <source>Channel conflict</source>
        <translation>Channel conflict</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="335"/>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="344"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="354"/>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="355"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="356"/>
        <source>&amp;Import File…</source>
        <translation>&amp;Import File…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="357"/>
        <source>&amp;Approve…</source>
        <translation>&amp;Approve…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="358"/>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;ject…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="359"/>
        <source>&amp;Won…</source>
        <translation>&amp;Won…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="360"/>
        <source>&amp;Lost…</source>
        <translation>&amp;Lost…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/deals/deals_view.py" line="361"/>
        <source>&amp;Open Partner</source>
        <translation>&amp;Open Partner</translation>
    </message>
</context>
<context>
    <name>RegistrationTableModel</name>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="86"/>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="94"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="100"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="104"/>
        <source>End customer</source>
        <translation>End customer</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="108"/>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="111"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="117"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="121"/>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="126"/>
        <source>Corporate number</source>
        <translation>Corporate number</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="130"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="171"/>
        <source>Decided on %1</source>
        <translation>Decided on %1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/deal_models.py" line="176"/>
        <source>Another partner claims this customer</source>
        <translation>Another partner claims this customer</translation>
    </message>
</context>
<context>
    <name>ReportsController</name>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="134"/>
        <source>&amp;Reports</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="135"/>
        <source>Export &amp;QBR…</source>
        <translation>Export &amp;QBR…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="136"/>
        <source>Export QBRs for &amp;All Active Partners…</source>
        <translation>Export QBRs for &amp;All Active Partners…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="137"/>
        <source>&amp;Print QBR…</source>
        <translation>&amp;Print QBR…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="138"/>
        <source>QBR Print Pre&amp;view…</source>
        <translation>QBR Print Pre&amp;view…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="139"/>
        <source>Export &amp;Diagnostic for the Partner…</source>
        <translation>Export &amp;Diagnostic for the Partner…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="140"/>
        <source>Export P&amp;ortfolio Workbook…</source>
        <translation>Export P&amp;ortfolio Workbook…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="141"/>
        <source>Import Returned &amp;Diagnostic…</source>
        <translation>Import Returned &amp;Diagnostic…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="142"/>
        <source>Export QBR…</source>
        <translation>Export QBR…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="143"/>
        <source>Print QBR…</source>
        <translation>Print QBR…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="161"/>
        <location filename="../../prm_desktop/views/reports/controller.py" line="171"/>
        <location filename="../../prm_desktop/views/reports/controller.py" line="215"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="161"/>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="171"/>
        <source>Select a partner in the list first.</source>
        <translation>Select a partner in the list first.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="214"/>
        <source>The file could not be made: %1</source>
        <translation>The file could not be made: %1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="238"/>
        <source>Export QBR</source>
        <translation>Export QBR</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="238"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="257"/>
        <source>QBR saved: %1</source>
        <translation>QBR saved: %1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="300"/>
        <source>QBR Print Preview</source>
        <translation>QBR Print Preview</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="321"/>
        <source>Export Diagnostic</source>
        <translation>Export Diagnostic</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="321"/>
        <location filename="../../prm_desktop/views/reports/controller.py" line="399"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="337"/>
        <source>Diagnostic saved: %1. Send it to the partner; import the returned file with File → Import Returned Diagnostic.</source>
        <translation>Diagnostic saved: %1. Send it to the partner; import the returned file with File → Import Returned Diagnostic.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="351"/>
        <location filename="../../prm_desktop/views/reports/controller.py" line="381"/>
        <source>Import Returned Diagnostic</source>
        <translation>Import Returned Diagnostic</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="353"/>
        <source>Excel workbook (*.xlsx);;All files (*)</source>
        <translation>Excel workbook (*.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="373"/>
        <source>This diagnostic was already imported (self-assessment of %1). Nothing was changed.</source>
        <translation>This diagnostic was already imported (self-assessment of %1). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="377"/>
        <source>Self-assessment of %1 imported: total %2 / 25.</source>
        <translation>Self-assessment of %1 imported: total %2 / 25.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="386"/>
        <source>Diagnostic Not Imported</source>
        <translation>Diagnostic Not Imported</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="399"/>
        <source>Export Portfolio Workbook</source>
        <translation>Export Portfolio Workbook</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/reports/controller.py" line="410"/>
        <source>Portfolio saved: %1</source>
        <translation>Portfolio saved: %1</translation>
    </message>
</context>
<context>
    <name>RowErrorModel</name>
    <message>
        <location filename="../../prm_desktop/models/import_models.py" line="54"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_models.py" line="60"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/import_models.py" line="64"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="61"/>
        <source>Cancel</source>
        <extracomment>Show a Cancel button beside the progress bar while the task runs.</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="134"/>
        <source>Cancelling…</source>
        <extracomment>Every task started here, kept until its ``finished`` (an abandoned one may still run on its pool thread, which needs the object).</extracomment>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="168"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>Cancelled: nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="230"/>
        <source>Rows read: %1</source>
        <translation>Rows read: %1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="155"/>
        <source>Saving to the database… It can no longer be cancelled.</source>
        <translation>Saving to the database… It can no longer be cancelled.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="196"/>
        <source>Events to add: %1</source>
        <translation>Events to add: %1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="197"/>
        <source>Events added: %1</source>
        <translation>Events added: %1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="198"/>
        <source>Partners to add: %1</source>
        <translation>Partners to add: %1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="199"/>
        <source>Partners added: %1</source>
        <translation>Partners added: %1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="200"/>
        <source>Persons to add: %1</source>
        <translation>Persons to add: %1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="201"/>
        <source>Persons added: %1</source>
        <translation>Persons added: %1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="202"/>
        <source>Materials to add: %1</source>
        <translation>Materials to add: %1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="203"/>
        <source>Materials added: %1</source>
        <translation>Materials added: %1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="212"/>
        <source>duplicates (skipped): %1</source>
        <translation>duplicates (skipped): %1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="217"/>
        <source>invalid rows: %1 (%2 problems)</source>
        <translation>invalid rows: %1 (%2 problems)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="219"/>
        <source>rejected rows: %1 (%2 problems)</source>
        <translation>rejected rows: %1 (%2 problems)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="226"/>
        <source>invalid rows: %1</source>
        <translation>invalid rows: %1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="226"/>
        <source>rejected rows: %1</source>
        <translation>rejected rows: %1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="237"/>
        <source>The list shows the first %1 of %2 problems.</source>
        <translation>The list shows the first %1 of %2 problems.</translation>
    </message>
</context>
<context>
    <name>SafetyController</name>
    <message>
        <location filename="../../prm_desktop/views/safety/controller.py" line="129"/>
        <source>&amp;Backups…</source>
        <extracomment>Every 30 minutes while the database is open and its data changed.</extracomment>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/controller.py" line="130"/>
        <source>See the backups of this database; restore one</source>
        <translation>See the backups of this database; restore one</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/controller.py" line="172"/>
        <source>Read-only</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/controller.py" line="174"/>
        <source>This database is open read-only (%1). You can look at everything, but changes are refused. To work on it, copy the file to a folder you can write to and open the copy.</source>
        <translation>This database is open read-only (%1). You can look at everything, but changes are refused. To work on it, copy the file to a folder you can write to and open the copy.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/controller.py" line="184"/>
        <source>Risky location</source>
        <translation>Risky location</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/controller.py" line="232"/>
        <source>Backed up: %1</source>
        <translation>Backed up: %1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/controller.py" line="243"/>
        <source>Damaged Database</source>
        <translation>Damaged Database</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/controller.py" line="245"/>
        <source>The check of the database found damage:
%1

Stop working in it and restore the newest good backup. Show the backups now?</source>
        <translation>The check of the database found damage:
%1

Stop working in it and restore the newest good backup. Show the backups now?</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/controller.py" line="255"/>
        <source>Automatic backup failed: %1</source>
        <translation>Automatic backup failed: %1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/controller.py" line="266"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/safety/controller.py" line="290"/>
        <source>Cannot open database</source>
        <translation>Cannot open database</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/dialogs.py" line="157"/>
        <source>Snooze Signal</source>
        <translation>Snooze Signal</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/dialogs.py" line="167"/>
        <source>e.g. the key person is on leave until the 15th</source>
        <translation>e.g. the key person is on leave until the 15th</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/dialogs.py" line="169"/>
        <source>Snooze for &amp;days</source>
        <translation>Snooze for &amp;days</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/dialogs.py" line="171"/>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/dialogs.py" line="178"/>
        <source>Hidden through %1; it returns the day after if still true.</source>
        <translation>Hidden through %1; it returns the day after if still true.</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../prm_desktop/views/template_dialog.py" line="19"/>
        <source>Onboarding Template</source>
        <translation>Onboarding Template</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/template_dialog.py" line="25"/>
        <source>Step (Japanese)</source>
        <translation>Step (Japanese)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/template_dialog.py" line="25"/>
        <source>Days after contract</source>
        <translation>Days after contract</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/template_dialog.py" line="25"/>
        <source>Step (English)</source>
        <translation>Step (English)</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/template_dialog.py" line="36"/>
        <source>Add Step</source>
        <translation>Add Step</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/template_dialog.py" line="37"/>
        <source>Remove Step</source>
        <translation>Remove Step</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/template_dialog.py" line="42"/>
        <source>Changes apply to checklists created from now on; existing partner checklists keep their steps.</source>
        <translation>Changes apply to checklists created from now on; existing partner checklists keep their steps.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/template_dialog.py" line="73"/>
        <source>Step %1: days after contract must be a number.</source>
        <translation>Step %1: days after contract must be a number.</translation>
    </message>
</context>
<context>
    <name>TodaySignalsModel</name>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="642"/>
        <source>Partner / signal</source>
        <extracomment>Programmes up to this many partners are answered on the GUI thread: it takes a few milliseconds, shows no &quot;computing…&quot; flicker, and leaves no query running when a window closes its database. Larger ones are computed on the thread pool.</extracomment>
        <translation>Partner / signal</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="643"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="644"/>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/diagnosis_models.py" line="645"/>
        <source>Suggested action</source>
        <translation>Suggested action</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/today_view.py" line="272"/>
        <source>from the playbook</source>
        <translation>from the playbook</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/today_view.py" line="277"/>
        <source>Suggested: %1</source>
        <translation>Suggested: %1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/today_view.py" line="285"/>
        <source>The signals could not be computed: %1</source>
        <translation>The signals could not be computed: %1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/today_view.py" line="289"/>
        <source>Looking for signals…</source>
        <translation>Looking for signals…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/today_view.py" line="293"/>
        <source>Nothing needs your attention today.</source>
        <translation>Nothing needs your attention today.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/views/diagnosis/today_view.py" line="299"/>
        <source>%n partner(s) need attention</source>
        <translation>
            <numerusform>%n partner needs attention</numerusform>
            <numerusform>%n partners need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../prm_desktop/views/diagnosis/today_view.py" line="301"/>
        <source>%n signal(s)</source>
        <translation>
            <numerusform>%n signal</numerusform>
            <numerusform>%n signals</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/today_view.py" line="303"/>
        <source>as of %1</source>
        <translation>as of %1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/today_view.py" line="336"/>
        <source>Intervention for %1</source>
        <translation>Intervention for %1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/today_view.py" line="372"/>
        <source>Snooze %1</source>
        <translation>Snooze %1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/today_view.py" line="381"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/today_view.py" line="382"/>
        <source>Filter by partner, person or signal…</source>
        <translation>Filter by partner, person or signal…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/today_view.py" line="383"/>
        <source>&amp;Record Intervention…</source>
        <translation>&amp;Record Intervention…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/today_view.py" line="384"/>
        <source>&amp;Snooze…</source>
        <translation>&amp;Snooze…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/today_view.py" line="385"/>
        <source>&amp;Open Partner</source>
        <translation>&amp;Open Partner</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/diagnosis/today_view.py" line="386"/>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
</context>
<context>
    <name>TodoTableModel</name>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="212"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="217"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="221"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="224"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="228"/>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="232"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="234"/>
        <source>1on1</source>
        <translation>1on1</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/models/workspace_tables.py" line="236"/>
        <source>Onboarding</source>
        <translation>Onboarding</translation>
    </message>
</context>
<context>
    <name>ValidatePage</name>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="251"/>
        <source>Validate</source>
        <extracomment>Back and the wizard&apos;s own Cancel stop a validation; a third button would be noise.</extracomment>
        <translation>Validate</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="252"/>
        <source>Every row is checked; nothing is written yet.</source>
        <translation>Every row is checked; nothing is written yet.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="253"/>
        <source>Import the valid rows now</source>
        <translation>Import the valid rows now</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="278"/>
        <source>The invalid rows are written with their reason to %1 beside the file, to correct and import again.</source>
        <translation>The invalid rows are written with their reason to %1 beside the file, to correct and import again.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="293"/>
        <source>Checking every row…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="308"/>
        <source>All rows are valid.</source>
        <translation>All rows are valid.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="311"/>
        <source>No row can be imported. Fix the file or the column mapping, then try again.</source>
        <translation>No row can be imported. Fix the file or the column mapping, then try again.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/views/import_run_pages.py" line="315"/>
        <source>Some rows are invalid. Fix the file and start again, or tick “Import the valid rows now” below to go on with the others.</source>
        <translation>Some rows are invalid. Fix the file and start again, or tick “Import the valid rows now” below to go on with the others.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../prm_desktop/workspace.py" line="76"/>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/workspace.py" line="81"/>
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <location filename="../../prm_desktop/workspace.py" line="83"/>
        <source>Cannot save</source>
        <translation>Cannot save</translation>
    </message>
</context>
</TS>
