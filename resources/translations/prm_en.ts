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
        <message>
            <location filename="../../prm_desktop/views/about_dialog.py" line="43" />
            <source>Log file: %1</source>
            <translation>Log file: %1</translation>
        </message>
    </context>
    <context>
        <name>ActivityTab</name>
        <message>
            <location filename="../../prm_desktop/views/tabs/activity_tab.py" line="35" />
            <source>All kinds</source>
            <translation>All kinds</translation>
        </message>
        <message numerus="yes">
            <location filename="../../prm_desktop/views/tabs/activity_tab.py" line="53" />
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n event</numerusform>
                <numerusform>%n events</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChecklistTableModel</name>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="78" />
            <source>Step</source>
            <translation>Step</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="83" />
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="88" />
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="93" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="107" />
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
    </context>
    <context>
        <name>ClaimCompareModel</name>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="319" />
            <source>Partner</source>
            <extracomment>The rows of the side-by-side comparison, in order.</extracomment>
            <translation>Partner</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="320" />
            <source>Registered by</source>
            <translation>Registered by</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="321" />
            <source>End customer (as typed)</source>
            <translation>End customer (as typed)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="322" />
            <source>Corporate number</source>
            <translation>Corporate number</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="323" />
            <source>Deal</source>
            <translation>Deal</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="324" />
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="325" />
            <source>Registered</source>
            <translation>Registered</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="326" />
            <source>Expires</source>
            <translation>Expires</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="327" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="328" />
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="329" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="358" />
            <source>Claim %1</source>
            <translation>Claim %1</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="361" />
            <source> (first)</source>
            <translation> (first)</translation>
        </message>
    </context>
    <context>
        <name>ComparisonModel</name>
        <message>
            <location filename="../../prm_desktop/views/partner_kpis.py" line="37" />
            <source>Last 90 days</source>
            <translation>Last 90 days</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_kpis.py" line="41" />
            <source>This partner</source>
            <translation>This partner</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_kpis.py" line="46" />
            <source>Programme median</source>
            <translation>Programme median</translation>
        </message>
    </context>
    <context>
        <name>ConflictGroupModel</name>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="243" />
            <source>First registered</source>
            <translation>First registered</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="248" />
            <source>End customer</source>
            <translation>End customer</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="252" />
            <source>Matched on</source>
            <translation>Matched on</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="256" />
            <source>Partners</source>
            <translation>Partners</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="260" />
            <source>Claims</source>
            <translation>Claims</translation>
        </message>
    </context>
    <context>
        <name>ConflictPanel</name>
        <message>
            <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="164" />
            <source>Looking for conflicts…</source>
            <translation>Looking for conflicts…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="174" />
            <source>Could not look for conflicts: %1</source>
            <translation>Could not look for conflicts: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="201" />
            <source>%n unresolved conflict(s)</source>
            <translation>
                <numerusform>%n unresolved conflict</numerusform>
                <numerusform>%n unresolved conflicts</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="203" />
            <source>No unresolved conflicts.</source>
            <translation>No unresolved conflicts.</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="226" />
            <source>Claim %1 (%2) ↔ claim %3 (%4) — matched on %5</source>
            <translation>Claim %1 (%2) ↔ claim %3 (%4) — matched on %5</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="269" />
            <source>Resolve conflict over %1</source>
            <translation>Resolve conflict over %1</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="288" />
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="289" />
            <source>&amp;Pair:</source>
            <translation>&amp;Pair:</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="291" />
            <source>Keep the first claim</source>
            <translation>Keep the first claim</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="292" />
            <source>Keep the second claim</source>
            <translation>Keep the second claim</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="293" />
            <source>Both are legitimate</source>
            <translation>Both are legitimate</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="294" />
            <source>&amp;Reason:</source>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="296" />
            <source>Why, in a sentence both partners would accept</source>
            <translation>Why, in a sentence both partners would accept</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="297" />
            <source>&amp;Resolve</source>
            <translation>&amp;Resolve</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/conflict_panel.py" line="298" />
            <source>Open &amp;Partner</source>
            <translation>Open &amp;Partner</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="130" />
            <source>Computing…</source>
            <translation>Computing…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="231" />
            <source>As of</source>
            <translation>As of</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="232" />
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="233" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="234" />
            <source>Tier</source>
            <translation>Tier</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="235" />
            <source>Territory</source>
            <translation>Territory</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="236" />
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="244" />
            <source>This month</source>
            <translation>This month</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="245" />
            <source>Last month</source>
            <translation>Last month</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="246" />
            <source>This quarter</source>
            <translation>This quarter</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="247" />
            <source>Last 90 days</source>
            <translation>Last 90 days</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="248" />
            <source>Year to date</source>
            <translation>Year to date</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="273" />
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="315" />
            <source>As of %1 · %2 – %3</source>
            <translation>As of %1 · %2 – %3</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="322" />
            <source>Registered partners</source>
            <translation>Registered partners</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="323" />
            <source>Activation rate</source>
            <translation>Activation rate</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="324" />
            <source>Deals per activated partner</source>
            <translation>Deals per activated partner</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="325" />
            <source>Retention (90 days)</source>
            <translation>Retention (90 days)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="326" />
            <source>Downloads per partner</source>
            <translation>Downloads per partner</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="338" />
            <source>Partner journey (click a bar: partners who stopped there)</source>
            <translation>Partner journey (click a bar: partners who stopped there)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="344" />
            <source>%1: %2 partners, %3 of registered, %4 of the previous step</source>
            <translation>%1: %2 partners, %3 of registered, %4 of the previous step</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="353" />
            <source>Phases</source>
            <translation>Phases</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="360" />
            <source>Deal registrations per month (label: activated partners)</source>
            <translation>Deal registrations per month (label: activated partners)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="366" />
            <source>%1: %2 deal registrations by %3 partners</source>
            <translation>%1: %2 deal registrations by %3 partners</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="374" />
            <source>Downloads by material (red: unused)</source>
            <translation>Downloads by material (red: unused)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="379" />
            <source>unused</source>
            <translation>unused</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="384" />
            <source>Leads vs deals per person</source>
            <translation>Leads vs deals per person</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="396" />
            <source>Retention rate over time</source>
            <translation>Retention rate over time</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="404" />
            <source>Cohorts: share with a login k months after joining</source>
            <translation>Cohorts: share with a login k months after joining</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="421" />
            <source>%1 but not %2</source>
            <translation>%1 but not %2</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="431" />
            <source>Phase: %1</source>
            <translation>Phase: %1</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="437" />
            <source>Downloaded %1</source>
            <translation>Downloaded %1</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="444" />
            <source>Registered a deal in %1</source>
            <translation>Registered a deal in %1</translation>
        </message>
    </context>
    <context>
        <name>DealLabels</name>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="31" />
            <source>Submitted</source>
            <translation>Submitted</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="32" />
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="33" />
            <source>Rejected</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="34" />
            <source>Won</source>
            <translation>Won</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="35" />
            <source>Lost</source>
            <translation>Lost</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="36" />
            <source>Expired</source>
            <translation>Expired</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="37" />
            <source>Open (submitted or approved)</source>
            <translation>Open (submitted or approved)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="44" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="45" />
            <source>Corporate number</source>
            <translation>Corporate number</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="52" />
            <source>Typed in the app</source>
            <translation>Typed in the app</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="56" />
            <source>%1, row %2</source>
            <translation>%1, row %2</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="72" />
            <source>%1 (%2 days left)</source>
            <translation>%1 (%2 days left)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="74" />
            <source>%1 (1 day left)</source>
            <translation>%1 (1 day left)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="76" />
            <source>%1 (last day)</source>
            <translation>%1 (last day)</translation>
        </message>
    </context>
    <context>
        <name>DealsFeature</name>
        <message>
            <location filename="../../prm_desktop/views/deals/__init__.py" line="22" />
            <source>Deals</source>
            <translation>Deals</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/__init__.py" line="26" />
            <source>Deal registrations</source>
            <translation>Deal registrations</translation>
        </message>
    </context>
    <context>
        <name>DealsView</name>
        <message>
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="375" />
            <source>Registrations</source>
            <translation>Registrations</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="379" />
            <source>Conflicts (%1)</source>
            <translation>Conflicts (%1)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="379" />
            <source>Conflicts</source>
            <translation>Conflicts</translation>
        </message>
    </context>
    <context>
        <name>DecisionDialog</name>
        <message>
            <location filename="../../prm_desktop/views/deals/decision_dialog.py" line="22" />
            <source>Approve Registration</source>
            <translation>Approve Registration</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/decision_dialog.py" line="23" />
            <source>Reject Registration</source>
            <translation>Reject Registration</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/decision_dialog.py" line="24" />
            <source>Record Deal Won</source>
            <translation>Record Deal Won</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/decision_dialog.py" line="25" />
            <source>Record Deal Lost</source>
            <translation>Record Deal Lost</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/decision_dialog.py" line="39" />
            <source>%1 — %2 for %3 (registered %4, now %5)</source>
            <translation>%1 — %2 for %3 (registered %4, now %5)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/decision_dialog.py" line="49" />
            <source>Why? Required to reject; shown to whoever reads the history.</source>
            <translation>Why? Required to reject; shown to whoever reads the history.</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/decision_dialog.py" line="51" />
            <source>Why? (optional)</source>
            <translation>Why? (optional)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/decision_dialog.py" line="55" />
            <source>&amp;Reason:</source>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/decision_dialog.py" line="56" />
            <source>&amp;Decision date:</source>
            <translation>&amp;Decision date:</translation>
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
            <translation>Creating demo data (200 partners, 24 months)…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/demo_setup.py" line="50" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>EventPageModel</name>
        <message>
            <location filename="../../prm_desktop/models/event_page.py" line="26" />
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/event_page.py" line="30" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/event_page.py" line="34" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/event_page.py" line="38" />
            <source>Material</source>
            <translation>Material</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/event_page.py" line="42" />
            <source>Deal</source>
            <translation>Deal</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/event_page.py" line="46" />
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/event_page.py" line="50" />
            <source>Amount (JPY)</source>
            <translation>Amount (JPY)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/event_page.py" line="56" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="65" />
            <source>Choose a file</source>
            <translation>Choose a file</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="68" />
            <source>CSV (UTF-8 or Shift_JIS, comma, tab or semicolon) or Excel .xlsx. Headers in English or Japanese.</source>
            <translation>CSV (UTF-8 or Shift_JIS, comma, tab or semicolon) or Excel .xlsx. Headers in English or Japanese.</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="73" />
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="79" />
            <source>Create partners and persons that do not exist yet</source>
            <translation>Create partners and persons that do not exist yet</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="89" />
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="90" />
            <source>&amp;Contains</source>
            <translation>&amp;Contains</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="96" />
            <source>Import File</source>
            <translation>Import File</translation>
        </message>
    </context>
    <context>
        <name>GoToPartnerDialog</name>
        <message>
            <location filename="../../prm_desktop/views/goto_dialog.py" line="22" />
            <source>Go to Partner</source>
            <translation>Go to Partner</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/goto_dialog.py" line="28" />
            <source>Partner name, reading or code…</source>
            <translation>Partner name, reading or code…</translation>
        </message>
    </context>
    <context>
        <name>GoalDialog</name>
        <message>
            <location filename="../../prm_desktop/views/goal_dialog.py" line="20" />
            <source>Edit Goal</source>
            <translation>Edit Goal</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/goal_dialog.py" line="20" />
            <source>New Goal</source>
            <translation>New Goal</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/goal_dialog.py" line="35" />
            <source>The whole partner</source>
            <translation>The whole partner</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/goal_dialog.py" line="42" />
            <source>&amp;Metric</source>
            <translation>&amp;Metric</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/goal_dialog.py" line="43" />
            <source>&amp;Target</source>
            <translation>&amp;Target</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/goal_dialog.py" line="44" />
            <source>Period &amp;start</source>
            <translation>Period &amp;start</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/goal_dialog.py" line="45" />
            <source>Period &amp;end</source>
            <translation>Period &amp;end</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/goal_dialog.py" line="46" />
            <source>&amp;Person</source>
            <translation>&amp;Person</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/goal_dialog.py" line="47" />
            <source>N&amp;ote</source>
            <translation>N&amp;ote</translation>
        </message>
    </context>
    <context>
        <name>GoalTableModel</name>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="170" />
            <source>Metric</source>
            <translation>Metric</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="174" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="178" />
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="183" />
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="189" />
            <source>Actual</source>
            <translation>Actual</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="195" />
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
    </context>
    <context>
        <name>GoalsTab</name>
        <message>
            <location filename="../../prm_desktop/views/tabs/goals_tab.py" line="25" />
            <source>&amp;New Goal…</source>
            <translation>&amp;New Goal…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/goals_tab.py" line="26" />
            <source>&amp;Edit…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/goals_tab.py" line="27" />
            <source>&amp;Delete…</source>
            <translation>&amp;Delete…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/goals_tab.py" line="59" />
            <source>New goal</source>
            <translation>New goal</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/goals_tab.py" line="76" />
            <source>Edit goal</source>
            <translation>Edit goal</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/goals_tab.py" line="87" />
            <source>Delete Goal</source>
            <translation>Delete Goal</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/goals_tab.py" line="87" />
            <source>Delete this goal?</source>
            <translation>Delete this goal?</translation>
        </message>
    </context>
    <context>
        <name>ImportPage</name>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="337" />
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="364" />
            <source>Imported.</source>
            <translation>Imported.</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="366" />
            <source>Rejected rows were written to %1</source>
            <translation>Rejected rows were written to %1</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="371" />
            <source>Nothing was imported.</source>
            <translation>Nothing was imported.</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="53" />
            <source>Activity events</source>
            <translation>Activity events</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="54" />
            <source>Partners</source>
            <translation>Partners</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="55" />
            <source>Persons</source>
            <translation>Persons</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="56" />
            <source>Materials (contents)</source>
            <translation>Materials (contents)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="387" />
            <source>Import</source>
            <translation>Import</translation>
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
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="32" />
            <source>Deals registered</source>
            <translation>Deals registered</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="33" />
            <source>Deals won</source>
            <translation>Deals won</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="34" />
            <source>Won amount (JPY)</source>
            <translation>Won amount (JPY)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="35" />
            <source>Trainings completed</source>
            <translation>Trainings completed</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="36" />
            <source>Leads registered</source>
            <translation>Leads registered</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="43" />
            <source>Perception</source>
            <translation>Perception</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="44" />
            <source>Readiness</source>
            <translation>Readiness</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="45" />
            <source>Activate</source>
            <translation>Activate</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="46" />
            <source>Collaboration</source>
            <translation>Collaboration</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="47" />
            <source>Trust</source>
            <translation>Trust</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="54" />
            <source>Us</source>
            <translation>Us</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="55" />
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="62" />
            <source>Registered</source>
            <translation>Registered</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="63" />
            <source>Login</source>
            <translation>Login</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="64" />
            <source>Material download</source>
            <translation>Material download</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="65" />
            <source>Training completed</source>
            <translation>Training completed</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="66" />
            <source>Deal consulted</source>
            <translation>Deal consulted</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="67" />
            <source>Lead registered</source>
            <translation>Lead registered</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="68" />
            <source>Deal registered</source>
            <translation>Deal registered</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="69" />
            <source>Proposal</source>
            <translation>Proposal</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="70" />
            <source>Deal won</source>
            <translation>Deal won</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="71" />
            <source>Deal lost</source>
            <translation>Deal lost</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="78" />
            <source>Onboarding</source>
            <translation>Onboarding</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="79" />
            <source>Activation</source>
            <translation>Activation</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="80" />
            <source>Retention</source>
            <translation>Retention</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/labels.py" line="81" />
            <source>Dormant</source>
            <translation>Dormant</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="274" />
            <source>Filter partners by name, code, territory, owner, key person… (Ctrl+F)</source>
            <extracomment>Feature modules add their commands here (PRACT, signals, reports, backups...).</extracomment>
            <translation>Filter partners by name, code, territory, owner, key person… (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="276" />
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="277" />
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="278" />
            <source>&amp;New Partner…</source>
            <translation>&amp;New Partner…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="279" />
            <source>&amp;Edit Partner…</source>
            <translation>&amp;Edit Partner…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="280" />
            <source>&amp;Delete Partner…</source>
            <translation>&amp;Delete Partner…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="281" />
            <source>&amp;Go to Partner…</source>
            <translation>&amp;Go to Partner…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="282" />
            <source>Onboarding &amp;Template…</source>
            <translation>Onboarding &amp;Template…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="283" />
            <source>&amp;Partners</source>
            <translation>&amp;Partners</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="284" />
            <source>&amp;My Actions</source>
            <translation>&amp;My Actions</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="285" />
            <source>Partners</source>
            <translation>Partners</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="286" />
            <source>My actions</source>
            <translation>My actions</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="287" />
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="288" />
            <source>&amp;Dashboard</source>
            <translation>&amp;Dashboard</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="289" />
            <source>Show All Partners</source>
            <translation>Show All Partners</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="290" />
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="291" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="292" />
            <source>&amp;Tools</source>
            <translation>&amp;Tools</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="295" />
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="296" />
            <source>&amp;Open Database…</source>
            <translation>&amp;Open Database…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="297" />
            <source>&amp;New Database…</source>
            <translation>&amp;New Database…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="298" />
            <source>&amp;Import CSV or Excel…</source>
            <translation>&amp;Import CSV or Excel…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="299" />
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="300" />
            <source>&amp;Filter Partners</source>
            <translation>&amp;Filter Partners</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="301" />
            <source>&amp;Refresh</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="302" />
            <source>&amp;About PRM Desktop</source>
            <translation>&amp;About PRM Desktop</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="329" />
            <source>No database open</source>
            <translation>No database open</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="352" />
            <source>Cannot open database</source>
            <translation>Cannot open database</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="357" />
            <source>Open Database</source>
            <translation>Open Database</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="363" />
            <location filename="../../prm_desktop/views/main_window.py" line="370" />
            <source>New Database</source>
            <translation>New Database</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="372" />
            <source>A file with that name already exists. Choose a new name, or use Open Database to open it.</source>
            <translation>A file with that name already exists. Choose a new name, or use Open Database to open it.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../prm_desktop/views/main_window.py" line="408" />
            <source>%n partner(s)</source>
            <translation>
                <numerusform>%n partner</numerusform>
                <numerusform>%n partners</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="411" />
            <source>%1 of %2 partners</source>
            <translation>%1 of %2 partners</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="433" />
            <source>Showing %1 partner(s): %2</source>
            <translation>Showing %1 partner(s): %2</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="483" />
            <source>New partner %1</source>
            <translation>New partner %1</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="500" />
            <source>Edit partner %1</source>
            <translation>Edit partner %1</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="515" />
            <source>Delete Partner</source>
            <translation>Delete Partner</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/main_window.py" line="517" />
            <source>Delete %1 with all its persons, activity, 1on1s and goals? This cannot be undone.</source>
            <translation>Delete %1 with all its persons, activity, 1on1s and goals? This cannot be undone.</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="120" />
            <source>Check the preview and map the columns</source>
            <translation>Check the preview and map the columns</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="134" />
            <source>Which field does each column hold?</source>
            <translation>Which field does each column hold?</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="143" />
            <source>%1 · about %2 rows</source>
            <translation>%1 · about %2 rows</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="154" />
            <source>(ignore this column)</source>
            <translation>(ignore this column)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="159" />
            <source>(no header)</source>
            <translation>(no header)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="173" />
            <source>required field(s) not mapped: %1</source>
            <translation>required field(s) not mapped: %1</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="176" />
            <source>mapped twice: %1</source>
            <translation>mapped twice: %1</translation>
        </message>
    </context>
    <context>
        <name>MeetingDialog</name>
        <message>
            <location filename="../../prm_desktop/views/meeting_dialog.py" line="82" />
            <source>Edit 1on1</source>
            <translation>Edit 1on1</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/meeting_dialog.py" line="82" />
            <source>New 1on1</source>
            <translation>New 1on1</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/meeting_dialog.py" line="91" />
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/meeting_dialog.py" line="92" />
            <source>&amp;Topics</source>
            <translation>&amp;Topics</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/meeting_dialog.py" line="93" />
            <source>PRACT &amp;phase discussed</source>
            <translation>PRACT &amp;phase discussed</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/meeting_dialog.py" line="119" />
            <source>&amp;Attendees</source>
            <translation>&amp;Attendees</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/meeting_dialog.py" line="123" />
            <source>What was discussed, agreed, and why…</source>
            <translation>What was discussed, agreed, and why…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/meeting_dialog.py" line="125" />
            <source>&amp;Notes</source>
            <translation>&amp;Notes</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/meeting_dialog.py" line="139" />
            <source>Action item</source>
            <translation>Action item</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/meeting_dialog.py" line="140" />
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/meeting_dialog.py" line="141" />
            <source>Side</source>
            <translation>Side</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/meeting_dialog.py" line="142" />
            <source>Due (YYYY-MM-DD)</source>
            <translation>Due (YYYY-MM-DD)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/meeting_dialog.py" line="143" />
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/meeting_dialog.py" line="153" />
            <source>Add action item</source>
            <translation>Add action item</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/meeting_dialog.py" line="154" />
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/meeting_dialog.py" line="161" />
            <source>Action items</source>
            <translation>Action items</translation>
        </message>
    </context>
    <context>
        <name>MeetingListModel</name>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="134" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="138" />
            <source>Topics</source>
            <translation>Topics</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="142" />
            <source>Attendees</source>
            <translation>Attendees</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="146" />
            <source>PRACT</source>
            <translation>PRACT</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="150" />
            <source>Open actions</source>
            <translation>Open actions</translation>
        </message>
    </context>
    <context>
        <name>MeetingsTab</name>
        <message>
            <location filename="../../prm_desktop/views/tabs/meetings_tab.py" line="27" />
            <source>&amp;New 1on1…</source>
            <translation>&amp;New 1on1…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/meetings_tab.py" line="28" />
            <source>&amp;Open…</source>
            <translation>&amp;Open…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/meetings_tab.py" line="29" />
            <source>&amp;Delete…</source>
            <translation>&amp;Delete…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/meetings_tab.py" line="78" />
            <source>New 1on1</source>
            <translation>New 1on1</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/meetings_tab.py" line="108" />
            <source>Delete 1on1</source>
            <translation>Delete 1on1</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/meetings_tab.py" line="109" />
            <source>Delete the 1on1 of %1 and its action items?</source>
            <translation>Delete the 1on1 of %1 and its action items?</translation>
        </message>
    </context>
    <context>
        <name>MyActionsView</name>
        <message numerus="yes">
            <location filename="../../prm_desktop/views/my_actions.py" line="90" />
            <source>%n open item(s)</source>
            <translation>
                <numerusform>%n open item</numerusform>
                <numerusform>%n open items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../prm_desktop/views/my_actions.py" line="92" />
            <source>%n overdue</source>
            <translation>
                <numerusform>%n overdue</numerusform>
                <numerusform>%n overdue</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/my_actions.py" line="123" />
            <source>Complete %1</source>
            <translation>Complete %1</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/my_actions.py" line="127" />
            <source>Filter by partner, item or owner… (Ctrl+F)</source>
            <translation>Filter by partner, item or owner… (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/my_actions.py" line="128" />
            <source>Mark &amp;Done</source>
            <translation>Mark &amp;Done</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/my_actions.py" line="129" />
            <source>&amp;Open Partner</source>
            <translation>&amp;Open Partner</translation>
        </message>
    </context>
    <context>
        <name>OnboardingTab</name>
        <message>
            <location filename="../../prm_desktop/views/tabs/onboarding_tab.py" line="39" />
            <source>&amp;Create Checklist from Template</source>
            <translation>&amp;Create Checklist from Template</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/onboarding_tab.py" line="40" />
            <source>Mark &amp;Done / Not Done</source>
            <translation>Mark &amp;Done / Not Done</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/onboarding_tab.py" line="65" />
            <source>No onboarding checklist yet.</source>
            <translation>No onboarding checklist yet.</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/onboarding_tab.py" line="67" />
            <source>%1 of %2 steps done</source>
            <translation>%1 of %2 steps done</translation>
        </message>
        <message numerus="yes">
            <location filename="../../prm_desktop/views/tabs/onboarding_tab.py" line="69" />
            <source>%n overdue</source>
            <translation>
                <numerusform>%n overdue</numerusform>
                <numerusform>%n overdue</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/onboarding_tab.py" line="85" />
            <source>Complete %1</source>
            <translation>Complete %1</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/onboarding_tab.py" line="85" />
            <source>Reopen %1</source>
            <translation>Reopen %1</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="63" />
            <source>&amp;Edit Partner…</source>
            <translation>&amp;Edit Partner…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="64" />
            <source>Delete Partner…</source>
            <translation>Delete Partner…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="65" />
            <source>Overview</source>
            <translation>Overview</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="67" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="68" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="69" />
            <source>Tier</source>
            <translation>Tier</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="70" />
            <source>Territory</source>
            <translation>Territory</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="71" />
            <source>Industry</source>
            <translation>Industry</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="72" />
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="73" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="74" />
            <source>Contract date</source>
            <translation>Contract date</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="75" />
            <source>Records</source>
            <translation>Records</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="79" />
            <source>Phase and headline numbers</source>
            <translation>Phase and headline numbers</translation>
        </message>
        <message>
            <source>KPIs for this partner will appear here.</source>
            <translation type="vanished">KPIs for this partner will appear here.</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="80" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message numerus="yes">
            <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="113" />
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n persons</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="114" />
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n event</numerusform>
                <numerusform>%n events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="115" />
            <source>%n 1on1(s)</source>
            <translation>
                <numerusform>%n 1on1</numerusform>
                <numerusform>%n 1on1s</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="116" />
            <source>%n open action(s)</source>
            <translation>
                <numerusform>%n open action</numerusform>
                <numerusform>%n open actions</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/overview_tab.py" line="117" />
            <source>onboarding %1/%2</source>
            <translation>onboarding %1/%2</translation>
        </message>
    </context>
    <context>
        <name>PartnerDealsTab</name>
        <message>
            <location filename="../../prm_desktop/views/deals/partner_deals_tab.py" line="89" />
            <source>No activity names this deal yet.</source>
            <translation>No activity names this deal yet.</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/partner_deals_tab.py" line="93" />
            <source>Activity on this deal: %1</source>
            <translation>Activity on this deal: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../prm_desktop/views/deals/partner_deals_tab.py" line="120" />
            <source>%n registration(s)</source>
            <translation>
                <numerusform>%n registration</numerusform>
                <numerusform>%n registrations</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/partner_deals_tab.py" line="123" />
            <source>&amp;New…</source>
            <translation>&amp;New…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/partner_deals_tab.py" line="124" />
            <source>&amp;Approve…</source>
            <translation>&amp;Approve…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/partner_deals_tab.py" line="125" />
            <source>Re&amp;ject…</source>
            <translation>Re&amp;ject…</translation>
        </message>
    </context>
    <context>
        <name>PartnerDetailWidget</name>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation type="vanished">
                <numerusform>%n event</numerusform>
                <numerusform>%n events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n 1on1(s)</source>
            <translation type="vanished">
                <numerusform>%n 1on1</numerusform>
                <numerusform>%n 1on1s</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open action(s)</source>
            <translation type="vanished">
                <numerusform>%n open action</numerusform>
                <numerusform>%n open actions</numerusform>
            </translation>
        </message>
        <message>
            <source>onboarding %1/%2</source>
            <translation type="vanished">onboarding %1/%2</translation>
        </message>
        <message numerus="yes">
            <source>Persons (%n)</source>
            <translation type="vanished">
                <numerusform>Persons (%n)</numerusform>
                <numerusform>Persons (%n)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_detail.py" line="102" />
            <source>Select a partner in the list to see its details.</source>
            <translation>Select a partner in the list to see its details.</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_detail.py" line="104" />
            <source>Overview</source>
            <translation>Overview</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_detail.py" line="105" />
            <source>Key persons</source>
            <translation>Key persons</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_detail.py" line="106" />
            <source>Onboarding</source>
            <translation>Onboarding</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_detail.py" line="107" />
            <source>1on1 log</source>
            <translation>1on1 log</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_detail.py" line="108" />
            <source>Goals</source>
            <translation>Goals</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_detail.py" line="109" />
            <source>Activity</source>
            <translation>Activity</translation>
        </message>
        <message>
            <source>Code</source>
            <translation type="vanished">Code</translation>
        </message>
        <message>
            <source>Type</source>
            <translation type="vanished">Type</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation type="vanished">Tier</translation>
        </message>
        <message>
            <source>Territory</source>
            <translation type="vanished">Territory</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation type="vanished">Owner</translation>
        </message>
        <message>
            <source>Status</source>
            <translation type="vanished">Status</translation>
        </message>
        <message>
            <source>Contract date</source>
            <translation type="vanished">Contract date</translation>
        </message>
        <message>
            <source>Records</source>
            <translation type="vanished">Records</translation>
        </message>
        <message>
            <source>Phase and headline numbers</source>
            <translation type="vanished">Phase and headline numbers</translation>
        </message>
        <message>
            <source>KPIs for this partner will appear here.</source>
            <translation type="vanished">KPIs for this partner will appear here.</translation>
        </message>
        <message>
            <source>Persons</source>
            <translation type="vanished">Persons</translation>
        </message>
    </context>
    <context>
        <name>PartnerDialog</name>
        <message>
            <location filename="../../prm_desktop/views/partner_dialog.py" line="15" />
            <source>Edit Partner</source>
            <translation>Edit Partner</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_dialog.py" line="15" />
            <source>New Partner</source>
            <translation>New Partner</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_dialog.py" line="36" />
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_dialog.py" line="37" />
            <source>Reading (kana)</source>
            <translation>Reading (kana)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_dialog.py" line="38" />
            <source>&amp;Code</source>
            <translation>&amp;Code</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_dialog.py" line="39" />
            <source>&amp;Type</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_dialog.py" line="40" />
            <source>&amp;Status</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_dialog.py" line="41" />
            <source>Te&amp;rritory</source>
            <translation>Te&amp;rritory</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_dialog.py" line="42" />
            <source>&amp;Industry</source>
            <translation>&amp;Industry</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_dialog.py" line="43" />
            <source>&amp;Owner</source>
            <translation>&amp;Owner</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_dialog.py" line="44" />
            <source>Tie&amp;r</source>
            <translation>Tie&amp;r</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_dialog.py" line="45" />
            <source>Contract &amp;date</source>
            <translation>Contract &amp;date</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_dialog.py" line="46" />
            <source>No&amp;tes</source>
            <translation>No&amp;tes</translation>
        </message>
    </context>
    <context>
        <name>PartnerKpiPanel</name>
        <message>
            <location filename="../../prm_desktop/views/partner_kpis.py" line="22" />
            <source>Material downloads</source>
            <translation>Material downloads</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_kpis.py" line="23" />
            <source>Leads</source>
            <translation>Leads</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_kpis.py" line="24" />
            <source>Deals registered</source>
            <translation>Deals registered</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_kpis.py" line="25" />
            <source>Deals won</source>
            <translation>Deals won</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_kpis.py" line="26" />
            <source>Logins</source>
            <translation>Logins</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_kpis.py" line="27" />
            <source>Trainings</source>
            <translation>Trainings</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_kpis.py" line="107" />
            <source>Computing…</source>
            <translation>Computing…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_kpis.py" line="111" />
            <source>not registered yet</source>
            <translation>not registered yet</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/partner_kpis.py" line="112" />
            <source>Phase: &lt;b&gt;%1&lt;/b&gt;</source>
            <translation>Phase: &lt;b&gt;%1&lt;/b&gt;</translation>
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
        <name>PeopleTableModel</name>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="76" />
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="80" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="84" />
            <source>Leads</source>
            <translation>Leads</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="90" />
            <source>Deals</source>
            <translation>Deals</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/dashboard/dashboard_view.py" line="96" />
            <source>Conversion</source>
            <translation>Conversion</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <location filename="../../prm_desktop/views/person_dialog.py" line="13" />
            <source>Edit Person</source>
            <translation>Edit Person</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/person_dialog.py" line="13" />
            <source>New Person</source>
            <translation>New Person</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/person_dialog.py" line="19" />
            <source>Key person (キーマン)</source>
            <translation>Key person (キーマン)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/person_dialog.py" line="24" />
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/person_dialog.py" line="25" />
            <source>&amp;Role</source>
            <translation>&amp;Role</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/person_dialog.py" line="26" />
            <source>&amp;Email</source>
            <translation>&amp;Email</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/person_dialog.py" line="27" />
            <source>&amp;Phone</source>
            <translation>&amp;Phone</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/person_dialog.py" line="29" />
            <source>No&amp;tes</source>
            <translation>No&amp;tes</translation>
        </message>
    </context>
    <context>
        <name>PersonListModel</name>
        <message>
            <source>Name</source>
            <translation type="vanished">Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation type="vanished">Role</translation>
        </message>
        <message>
            <source>Key person</source>
            <translation type="vanished">Key person</translation>
        </message>
    </context>
    <context>
        <name>PersonTableModel</name>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="26" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="29" />
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="33" />
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="37" />
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="41" />
            <location filename="../../prm_desktop/models/workspace_tables.py" line="43" />
            <source>Key person</source>
            <translation>Key person</translation>
        </message>
    </context>
    <context>
        <name>PersonsTab</name>
        <message>
            <location filename="../../prm_desktop/views/tabs/persons_tab.py" line="28" />
            <source>&amp;Add Person…</source>
            <translation>&amp;Add Person…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/persons_tab.py" line="29" />
            <source>&amp;Edit…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/persons_tab.py" line="30" />
            <source>&amp;Delete…</source>
            <translation>&amp;Delete…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/persons_tab.py" line="31" />
            <source>Erase Personal &amp;Data…</source>
            <translation>Erase Personal &amp;Data…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/persons_tab.py" line="61" />
            <source>Add person</source>
            <translation>Add person</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/persons_tab.py" line="71" />
            <source>Edit person %1</source>
            <translation>Edit person %1</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/persons_tab.py" line="86" />
            <source>Delete Person</source>
            <translation>Delete Person</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/persons_tab.py" line="87" />
            <source>Delete %1? Their past activity stays with the partner.</source>
            <translation>Delete %1? Their past activity stays with the partner.</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/persons_tab.py" line="101" />
            <source>Erase Personal Data</source>
            <translation>Erase Personal Data</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/tabs/persons_tab.py" line="103" />
            <source>Erase the name, email and phone of %1 everywhere, including 1on1 attendee lists and notes? Partner-level counts remain. This cannot be undone.</source>
            <translation>Erase the name, email and phone of %1 everywhere, including 1on1 attendee lists and notes? Partner-level counts remain. This cannot be undone.</translation>
        </message>
    </context>
    <context>
        <name>PreviewTableModel</name>
        <message>
            <location filename="../../prm_desktop/models/import_models.py" line="32" />
            <source>Row</source>
            <translation>Row</translation>
        </message>
    </context>
    <context>
        <name>RegistrationDialog</name>
        <message>
            <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="36" />
            <source>Edit Deal Registration</source>
            <extracomment>partner id → [(person id, name)], read when the partner changes.</extracomment>
            <translation>Edit Deal Registration</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="36" />
            <source>New Deal Registration</source>
            <translation>New Deal Registration</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="51" />
            <source>As the partner wrote it, e.g. 株式会社アルファ</source>
            <translation>As the partner wrote it, e.g. 株式会社アルファ</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="53" />
            <source>13 digits, optional</source>
            <translation>13 digits, optional</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="56" />
            <source>JPY, e.g. 1,200,000</source>
            <translation>JPY, e.g. 1,200,000</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="59" />
            <source>Empty: the registered date plus the default validity</source>
            <translation>Empty: the registered date plus the default validity</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="61" />
            <source>&amp;Partner:</source>
            <translation>&amp;Partner:</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="62" />
            <source>Registered &amp;by:</source>
            <translation>Registered &amp;by:</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="63" />
            <source>End &amp;customer:</source>
            <translation>End &amp;customer:</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="64" />
            <source>Corporate &amp;number:</source>
            <translation>Corporate &amp;number:</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="65" />
            <source>&amp;Deal:</source>
            <translation>&amp;Deal:</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="66" />
            <source>&amp;Amount:</source>
            <translation>&amp;Amount:</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="67" />
            <source>&amp;Registered:</source>
            <translation>&amp;Registered:</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="68" />
            <source>&amp;Expires:</source>
            <translation>&amp;Expires:</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="81" />
            <source>(not recorded)</source>
            <translation>(not recorded)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="93" />
            <source>Choose a partner from the list.</source>
            <translation>Choose a partner from the list.</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="97" />
            <source>Amount: %1</source>
            <translation>Amount: %1</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="136" />
            <source>New registration: %1</source>
            <translation>New registration: %1</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/registration_dialog.py" line="170" />
            <source>Edit registration: %1</source>
            <translation>Edit registration: %1</translation>
        </message>
    </context>
    <context>
        <name>RegistrationList</name>
        <message>
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="140" />
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="297" />
            <source>All partners</source>
            <translation>All partners</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="141" />
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="298" />
            <source>All owners</source>
            <translation>All owners</translation>
        </message>
        <message numerus="yes">
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="169" />
            <source>%n registration(s)</source>
            <translation>
                <numerusform>%n registration</numerusform>
                <numerusform>%n registrations</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="231" />
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="276" />
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="280" />
            <source>Import Deal Registrations</source>
            <translation>Import Deal Registrations</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="233" />
            <source>CSV or Excel files (*.csv *.tsv *.txt *.xlsx)</source>
            <translation>CSV or Excel files (*.csv *.tsv *.txt *.xlsx)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="244" />
            <source>Importing %1…</source>
            <translation>Importing %1…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="263" />
            <source>Imported: %1</source>
            <translation>Imported: %1</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="264" />
            <source>Already there: %1</source>
            <translation>Already there: %1</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="268" />
            <source>New partners: %1</source>
            <translation>New partners: %1</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="271" />
            <source>The file was rejected; nothing was imported.</source>
            <translation>The file was rejected; nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="273" />
            <source>Row %1: %2</source>
            <translation>Row %1: %2</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="290" />
            <source>All statuses</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="299" />
            <source>Expires within 14 days</source>
            <translation>Expires within 14 days</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="300" />
            <source>&amp;New…</source>
            <translation>&amp;New…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="301" />
            <source>&amp;Edit…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="302" />
            <source>&amp;Import File…</source>
            <translation>&amp;Import File…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="303" />
            <source>&amp;Approve…</source>
            <translation>&amp;Approve…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="304" />
            <source>Re&amp;ject…</source>
            <translation>Re&amp;ject…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="305" />
            <source>&amp;Won…</source>
            <translation>&amp;Won…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="306" />
            <source>&amp;Lost…</source>
            <translation>&amp;Lost…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/deals/deals_view.py" line="307" />
            <source>&amp;Open Partner</source>
            <translation>&amp;Open Partner</translation>
        </message>
    </context>
    <context>
        <name>RegistrationTableModel</name>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="85" />
            <source>Registered</source>
            <translation>Registered</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="93" />
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="99" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="103" />
            <source>End customer</source>
            <translation>End customer</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="107" />
            <source>Deal</source>
            <translation>Deal</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="110" />
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="116" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="120" />
            <source>Expires</source>
            <translation>Expires</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="125" />
            <source>Corporate number</source>
            <translation>Corporate number</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="129" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="168" />
            <source>Decided on %1</source>
            <translation>Decided on %1</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/deal_models.py" line="173" />
            <source>Another partner claims this customer</source>
            <translation>Another partner claims this customer</translation>
        </message>
    </context>
    <context>
        <name>RowErrorModel</name>
        <message>
            <location filename="../../prm_desktop/models/import_models.py" line="53" />
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/import_models.py" line="59" />
            <source>Column</source>
            <translation>Column</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/import_models.py" line="63" />
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
    </context>
    <context>
        <name>RunPage</name>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="197" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="226" />
            <source>Cancelling…</source>
            <translation>Cancelling…</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="246" />
            <source>Cancelled: nothing was imported.</source>
            <translation>Cancelled: nothing was imported.</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="261" />
            <source>Rows read: %1</source>
            <translation>Rows read: %1</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="262" />
            <source>New: %1 · already there (skipped): %2 · rejected rows: %3</source>
            <translation>New: %1 · already there (skipped): %2 · rejected rows: %3</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="269" />
            <source>New partners: %1</source>
            <translation>New partners: %1</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="276" />
            <source>New persons: %1</source>
            <translation>New persons: %1</translation>
        </message>
    </context>
    <context>
        <name>TemplateDialog</name>
        <message>
            <location filename="../../prm_desktop/views/template_dialog.py" line="18" />
            <source>Onboarding Template</source>
            <translation>Onboarding Template</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/template_dialog.py" line="24" />
            <source>Step</source>
            <translation>Step</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/template_dialog.py" line="24" />
            <source>Step (Japanese)</source>
            <translation>Step (Japanese)</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/template_dialog.py" line="24" />
            <source>Days after contract</source>
            <translation>Days after contract</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/template_dialog.py" line="32" />
            <source>Add Step</source>
            <translation>Add Step</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/template_dialog.py" line="33" />
            <source>Remove Step</source>
            <translation>Remove Step</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/template_dialog.py" line="38" />
            <source>Changes apply to checklists created from now on; existing partner checklists keep their steps.</source>
            <translation>Changes apply to checklists created from now on; existing partner checklists keep their steps.</translation>
        </message>
    </context>
    <context>
        <name>TodoTableModel</name>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="212" />
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="217" />
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="221" />
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="224" />
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="228" />
            <source>Side</source>
            <translation>Side</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="232" />
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="234" />
            <source>1on1</source>
            <translation>1on1</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/models/workspace_tables.py" line="236" />
            <source>Onboarding</source>
            <translation>Onboarding</translation>
        </message>
    </context>
    <context>
        <name>ValidatePage</name>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="283" />
            <source>Validate</source>
            <translation>Validate</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="284" />
            <source>Every row is checked; nothing is written yet.</source>
            <translation>Every row is checked; nothing is written yet.</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="287" />
            <source>Import the valid rows anyway and write the rejected ones to a .rejected.csv beside the file</source>
            <translation>Import the valid rows anyway and write the rejected ones to a .rejected.csv beside the file</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="315" />
            <source>All rows are valid.</source>
            <translation>All rows are valid.</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/views/import_wizard.py" line="319" />
            <source>Some rows are invalid. Fix the file and start again, or import only the valid rows.</source>
            <translation>Some rows are invalid. Fix the file and start again, or import only the valid rows.</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <location filename="../../prm_desktop/workspace.py" line="80" />
            <source>Changed by someone else</source>
            <translation>Changed by someone else</translation>
        </message>
        <message>
            <location filename="../../prm_desktop/workspace.py" line="82" />
            <source>Cannot save</source>
            <translation>Cannot save</translation>
        </message>
    </context>
</TS>
