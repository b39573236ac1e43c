"""The wording of the PDF and the workbooks, in Japanese and English.

These are not Qt strings (the files leave the application), so they live here: one table per
language, looked up with :func:`text` (``t = texts.of("ja"); t("summary")``). The partner
variant uses its own, partner-facing wording where the internal one would speak of risk.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from prm_core.kinds import EVENT_KIND_LABELS_JA, EventKind

LANGUAGES = ("ja", "en")

_EN_KINDS = {
    EventKind.REGISTERED: "Registered",
    EventKind.LOGIN: "Logins",
    EventKind.MATERIAL_DOWNLOAD: "Downloads",
    EventKind.TRAINING_COMPLETED: "Trainings completed",
    EventKind.DEAL_CONSULTED: "Deals consulted",
    EventKind.LEAD_REGISTERED: "Leads registered",
    EventKind.DEAL_REGISTERED: "Deals registered",
    EventKind.PROPOSAL: "Proposals",
    EventKind.DEAL_WON: "Deals won",
    EventKind.DEAL_LOST: "Deals lost",
}

JA: dict[str, str] = {
    # cover and page furniture
    "qbr_title": "四半期ビジネスレビュー",
    "qbr_subtitle": "Quarterly Business Review",
    "quarter_long": "{year}年 第{number}四半期",
    "period": "対象期間：{start} 〜 {end}",
    "as_of_note": "（{as_of} 時点の実績）",
    "prepared_by": "担当：{owner}",
    "issued_on": "発行日：{date}",
    "variant_partner": "",
    "variant_internal": "社内用 — 社外への持ち出し・転送禁止",
    "internal_mark": "社内用",
    "footer_partner": "本資料は{partner}様との四半期レビューのために作成しました。",
    "page_n_of": "{page} / {pages}",
    # summary
    "summary": "今四半期のサマリー",
    "summary_intro": "{quarter}の実績を前四半期（{previous}）と比べています。",
    "metric": "指標",
    "this_quarter": "今四半期",
    "previous_quarter": "前四半期",
    "change": "増減",
    "m_deals_registered": "案件登録数",
    "m_deals_won": "受注件数",
    "m_won_amount": "受注金額",
    "m_active_persons": "活動した担当者数",
    "m_downloads": "資料ダウンロード数",
    "m_trainings": "研修修了数",
    # journey
    "journey": "案件化までの歩み（ジャーニー）",
    "journey_intro": "各ステップに到達した担当者の人数と、貴社として初めて到達した日です。",
    "journey_intro_internal": (
        "各ステップに到達した担当者の人数と、パートナーとして初めて到達した日。"
    ),
    "step": "ステップ",
    "persons": "担当者数",
    "share_of_persons": "担当者に占める割合",
    "reached_on": "初到達日",
    "not_yet": "未到達",
    "step_registered": "PRM登録",
    # monthly
    "monthly": "月次の活動推移（直近12か月）",
    "month": "月",
    # people
    "people": "担当者別の活動（今四半期）",
    "person": "担当者",
    "role": "役職",
    "key_person": "キーマン",
    "leads": "リード",
    "deals": "案件",
    "conversion": "案件化率",
    "no_people": "登録された担当者はいません。",
    # onboarding
    "onboarding": "オンボーディングの進捗",
    "onboarding_progress": "{done} / {total} 完了",
    "item": "項目",
    "due": "期日",
    "done": "完了日",
    "state": "状況",
    "state_done": "完了",
    "state_overdue": "期日超過",
    "state_open": "未完了",
    "no_checklist": "オンボーディングのチェックリストはありません。",
    "note": "メモ",
    # goals
    "goals": "共通の目標と進捗",
    "goal": "目標",
    "goal_period": "期間",
    "target": "目標値",
    "actual": "実績",
    "progress": "達成率",
    "no_goals": "この四半期に該当する目標はありません。",
    "g_deal_registered": "案件登録数",
    "g_deal_won": "受注件数",
    "g_won_amount": "受注金額",
    "g_training_completed": "研修修了数",
    "g_lead_registered": "リード登録数",
    # PRACT
    "pract": "PRACT診断（自己評価と当社評価）",
    "pract_internal": "PRACT診断（自己評価とマネージャー評価）",
    "phase": "フェーズ",
    "self": "自己評価",
    "manager": "当社評価",
    "manager_internal": "マネージャー評価",
    "gap": "差",
    "total": "合計",
    "assessed_on": "評価日 {date}",
    "no_pract": "まだ診断の記録がありません。",
    "gap_note": "差が2以上のフェーズ（色付き）は、次回の打ち合わせで認識をすり合わせたい項目です。",
    "p_perception": "認識 Perception",
    "p_readiness": "準備 Readiness",
    "p_activate": "動機付け Activate",
    "p_collaboration": "協働 Collaboration",
    "p_trust": "信頼関係 Trust",
    "band_ideal": "理想的な状態（21〜25点）",
    "band_one_step": "あと一歩（15〜20点）：協働と支援の見直しを",
    "band_high_risk": "離脱リスク高（0〜14点）：認識と準備から立て直す",
    "band_high_risk_partner": "基礎固めの段階（0〜14点）：認識と準備から一緒に進めましょう",
    "comments": "コメント",
    # tier
    "tier": "ランクと次のランクまで",
    "tier_current": "現在のランク",
    "points": "ポイント（直近12か月）",
    "next_tier": "次のランク",
    "points_to_next": "次のランクまで",
    "top_tier": "最上位のランクです",
    "tier_hint": "達成の目安",
    "hint_option": "{kind} {count}件",
    "hint_or": " または ",
    "points_value": "{points} pt",
    # meetings
    "meetings": "今四半期の1on1",
    "date": "日付",
    "topics": "議題",
    "attendees": "出席者",
    "notes": "メモ（社内）",
    "no_meetings": "今四半期の1on1の記録はありません。",
    "actions": "未完了のアクション",
    "action": "アクション",
    "side": "担当",
    "owner": "担当者",
    "no_actions": "未完了のアクションはありません。",
    "side_vendor": "当社",
    "side_partner": "貴社",
    "side_vendor_internal": "自社",
    "side_partner_internal": "パートナー",
    "carried_over": "前四半期からの継続事項（当社・貴社）",
    "carried_over_intro": (
        "今四半期の開始時点で完了していなかった双方のお約束と、その現在の状況です"
        "（当社の分を先に記載しています）。"
    ),
    "carried_over_internal": "前四半期から持ち越しの約束（双方）",
    "carried_over_intro_internal": (
        "四半期の開始時点で未完了だった自社・パートナー双方のアクションと現在の状況。"
    ),
    "carried_done": "今四半期に完了",
    "actions_carried_note": "前四半期から持ち越した事項は、後の別表に記載しています。",
    "no_carried_over": "前四半期から持ち越した約束はありません。",
    "follow_through": "約束の実行率（今四半期）",
    "ft_due": "期日到来",
    "ft_on_time": "期日内に完了",
    "ft_late": "遅れて完了",
    "ft_overdue": "期日超過",
    "ft_open": "対応中",
    "ft_rate": "実行率",
    "overdue_mark": "（期日超過）",
    # risks and next actions
    "risks": "リスクと推奨アクション（社内）",
    "signal": "シグナル",
    "severity": "重要度",
    "evidence": "根拠",
    "suggested": "推奨アクション",
    "no_risks": "検出されたリスクはありません。",
    "next_steps": "次の四半期に向けたご提案",
    "next_steps_internal": "次のアクション",
    "no_next_steps": "現在の取り組みを継続しましょう。",
    "sev_high": "高",
    "sev_medium": "中",
    "sev_low": "低",
    "partner_notes": "パートナーのメモ（社内）",
    # recommendations (partner-facing wording)
    "r_signal:stalled_after_registration": "まずは導入学習コースの受講から始めましょう。",
    "r_signal:downloads_without_deals": (
        "初回の案件登録ガイドをご案内し、同行訪問で最初の案件化をお手伝いします。"
    ),
    "r_signal:training_without_proposals": (
        "提案書テンプレートとトークスクリプトを使い、対象顧客の提案計画を一緒に立てましょう。"
    ),
    "r_signal:declining_activity": "1on1で最近の状況を伺い、必要な支援を一緒に考えます。",
    "r_signal:dormant": "最新の成功事例とあわせて、再スタートのプログラムをご案内します。",
    "r_signal:key_person_dependence": (
        "キーマンのノウハウを共有し、二人目の提案担当者の育成を進めましょう。"
    ),
    "r_signal:low_conversion": "リードから案件化までのコーチングと商談の振り返りを行います。",
    "r_signal:onboarding_overdue": "未完了のオンボーディング項目の日程を次回の1on1で決めましょう。",
    "r_signal:actions_overdue": "期日を過ぎたアクションの状況を一緒に確認しましょう。",
    "r_signal:deal_expiring": "期限が近い案件登録の状況を共有してください。",
    "r_pract:perception": "ウェビナーや製品動画、業種別の資料で製品の価値をお伝えします。",
    "r_pract:readiness": "eラーニング、認定資格、FAQで販売準備をサポートします。",
    "r_pract:activate": "提案テンプレート、競合比較、同行営業で提案活動を後押しします。",
    "r_pract:collaboration": "共同の戦略会議と共同キャンペーンを定期的に実施しましょう。",
    "r_pract:trust": "継続的な支援とともに、成果を称える取り組みを進めます。",
    "r_onboarding": "未完了のオンボーディング項目の日程を次回の1on1で決めましょう。",
    # diagnostic workbook
    "x_cover": "表紙",
    "x_assessment": "自己診断",
    "x_kpis": "KPI",
    "x_checklist": "オンボーディング",
    "x_goals": "目標",
    "x_title": "パートナー自己診断シート（PRACT）",
    "x_partner": "パートナー",
    "x_owner": "担当",
    "x_created": "作成日",
    "x_reference": "管理番号",
    "x_how_title": "ご記入の方法",
    "x_how_1": (
        "1. 「自己診断」シートの黄色のセルに、各フェーズの点数（0〜5）を一覧から選んでください。"
    ),
    "x_how_2": "2. 必要に応じてコメント欄にご記入ください。",
    "x_how_3": "3. 上書き保存し、Excel形式（.xlsx）のまま担当者へご返送ください。",
    "x_how_4": "シートは保護されています。黄色のセル以外は変更できません。",
    "x_scale": "0 = まったく当てはまらない 〜 5 = 十分に当てはまる",
    "x_no": "No.",
    "x_question": "質問",
    "x_score": "点数（0〜5）",
    "x_comment": "コメント",
    "x_total": "合計（25点満点）",
    "x_error_title": "点数",
    "x_error": "0〜5の整数を一覧から選んでください。",
    "x_prompt": "0〜5を選んでください",
    "q_perception": "製品の価値と、貴社が販売する意義を理解できていますか。",
    "q_readiness": "製品を販売できる準備（知識・スキル・体制）が整っていると感じますか。",
    "q_activate": "営業担当者が必要なツールを持ち、実際に提案できていますか。",
    "q_collaboration": "当社と定期的に計画を立て、施策を一緒に進めていますか。",
    "q_trust": "継続的な支援と評価があり、長く続く関係を築けていますか。",
    "x_kpi_title": "貴社の主な指標",
    "x_monthly": "月次の活動（直近12か月）",
    "x_journey": "ジャーニーの到達状況",
    # portfolio workbook
    "pf_partners": "パートナー一覧",
    "pf_summary": "KPIサマリー",
    "pf_partner": "パートナー",
    "pf_code": "コード",
    "pf_type": "種別",
    "pf_status": "ステータス",
    "pf_territory": "地域",
    "pf_owner": "担当",
    "pf_phase": "フェーズ",
    "pf_tier": "ランク",
    "pf_points": "ポイント",
    "pf_downloads": "資料DL",
    "pf_leads": "リード",
    "pf_deals": "案件登録",
    "pf_won": "受注",
    "pf_won_amount": "受注金額",
    "pf_logins": "ログイン",
    "pf_trainings": "研修修了",
    "pf_conversion": "案件化率",
    "pf_top_share": "キーマン依存度",
    "pf_signals": "シグナル数",
    "pf_signal_keys": "シグナルの内容",
    "pf_last_meeting": "最終1on1",
    "pf_open_actions": "未完了アクション",
    "pf_overdue_actions": "期日超過アクション",
    "pf_onboarding": "オンボーディング完了率",
    "pf_period": "集計期間：{start} 〜 {end}（{as_of} 時点）",
    "pf_indicator": "指標",
    "pf_value": "値",
    "pf_registered": "登録パートナー数",
    "pf_retention": "継続利用率（90日）",
    "pf_activation_rate": "アクティベーション率",
    "pf_deals_per_activated": "アクティブ1社あたり案件数",
    "pf_downloads_per_partner": "1社あたり資料DL数",
    "pf_journey_rate": "ジャーニー到達率：{step}",
    "pf_phase_count": "フェーズ：{phase}",
    "ph_onboarding": "オンボーディング",
    "ph_activation": "アクティベーション",
    "ph_retention": "リテンション",
    "ph_dormant": "休眠",
    # the words of the app's partner form and list (and the first a file may use)
    "st_active": "契約中",
    "st_suspended": "休止中",
    "st_terminated": "契約終了",
}

EN: dict[str, str] = {
    "qbr_title": "Quarterly Business Review",
    "qbr_subtitle": "四半期ビジネスレビュー",
    "quarter_long": "Q{number} {year}",
    "period": "Period: {start} – {end}",
    "as_of_note": "(figures as of {as_of})",
    "prepared_by": "Prepared by {owner}",
    "issued_on": "Issued on {date}",
    "variant_partner": "",
    "variant_internal": "INTERNAL — do not hand over or forward",
    "internal_mark": "Internal",
    "footer_partner": "Prepared for the quarterly review with {partner}.",
    "page_n_of": "{page} / {pages}",
    "summary": "The quarter at a glance",
    "summary_intro": "{quarter} compared with the previous quarter ({previous}).",
    "metric": "Measure",
    "this_quarter": "This quarter",
    "previous_quarter": "Previous quarter",
    "change": "Change",
    "m_deals_registered": "Deals registered",
    "m_deals_won": "Deals won",
    "m_won_amount": "Won amount",
    "m_active_persons": "Active persons",
    "m_downloads": "Material downloads",
    "m_trainings": "Trainings completed",
    "journey": "Journey to the first deals",
    "journey_intro": "How many of your persons reached each step, and when your company first did.",
    "journey_intro_internal": "Persons reaching each step, and the day the partner first did.",
    "step": "Step",
    "persons": "Persons",
    "share_of_persons": "Share of persons",
    "reached_on": "First reached",
    "not_yet": "not yet",
    "step_registered": "Registered",
    "monthly": "Monthly activity (last 12 months)",
    "month": "Month",
    "people": "Activity per person (this quarter)",
    "person": "Person",
    "role": "Role",
    "key_person": "Key person",
    "leads": "Leads",
    "deals": "Deals",
    "conversion": "Conversion",
    "no_people": "No persons are registered.",
    "onboarding": "Onboarding progress",
    "onboarding_progress": "{done} of {total} done",
    "item": "Step",
    "due": "Due",
    "done": "Done",
    "state": "Status",
    "state_done": "done",
    "state_overdue": "overdue",
    "state_open": "open",
    "no_checklist": "There is no onboarding checklist.",
    "note": "Note",
    "goals": "Common goals and progress",
    "goal": "Goal",
    "goal_period": "Period",
    "target": "Target",
    "actual": "Actual",
    "progress": "Progress",
    "no_goals": "No goal covers this quarter.",
    "g_deal_registered": "Deals registered",
    "g_deal_won": "Deals won",
    "g_won_amount": "Won amount",
    "g_training_completed": "Trainings completed",
    "g_lead_registered": "Leads registered",
    "pract": "PRACT diagnosis: your view and ours",
    "pract_internal": "PRACT diagnosis: self and manager assessment",
    "phase": "Phase",
    "self": "Self",
    "manager": "Our view",
    "manager_internal": "Manager",
    "gap": "Gap",
    "total": "Total",
    "assessed_on": "assessed on {date}",
    "no_pract": "No assessment has been recorded yet.",
    "gap_note": "Phases with a gap of 2 or more (highlighted) are worth talking through together.",
    "p_perception": "Perception",
    "p_readiness": "Readiness",
    "p_activate": "Activate",
    "p_collaboration": "Collaboration",
    "p_trust": "Trust",
    "band_ideal": "Ideal operation (21–25)",
    "band_one_step": "One step short (15–20): review collaboration and support",
    "band_high_risk": "High churn risk (0–14): start again from perception and readiness",
    "band_high_risk_partner": "Building the basics (0–14): let us work on perception and readiness",
    "comments": "Comments",
    "tier": "Tier and the gap to the next one",
    "tier_current": "Current tier",
    "points": "Points (last 12 months)",
    "next_tier": "Next tier",
    "points_to_next": "Points to next tier",
    "top_tier": "top tier reached",
    "tier_hint": "For example",
    "hint_option": "{count} × {kind}",
    "hint_or": " or ",
    "points_value": "{points} pt",
    "meetings": "1on1s this quarter",
    "date": "Date",
    "topics": "Topics",
    "attendees": "Attendees",
    "notes": "Notes (internal)",
    "no_meetings": "No 1on1 was recorded this quarter.",
    "actions": "Open action items",
    "action": "Action",
    "side": "Side",
    "owner": "Owner",
    "no_actions": "No open action items.",
    "side_vendor": "Us",
    "side_partner": "You",
    "side_vendor_internal": "Vendor",
    "side_partner_internal": "Partner",
    "carried_over": "Commitments carried over from last quarter (ours and yours)",
    "carried_over_intro": (
        "What each of us had promised and not yet completed when this quarter began, and where "
        "it stands now (our commitments first)."
    ),
    "carried_over_internal": "Commitments carried over from last quarter (both sides)",
    "carried_over_intro_internal": (
        "Both sides' action items still open when the quarter began, and where they stand now."
    ),
    "carried_done": "Done this quarter",
    "actions_carried_note": (
        "Items carried over from last quarter are listed in their own table below."
    ),
    "no_carried_over": "Nothing was carried over from last quarter.",
    "follow_through": "Follow-through on commitments (this quarter)",
    "ft_due": "Due",
    "ft_on_time": "Done on time",
    "ft_late": "Done late",
    "ft_overdue": "Overdue",
    "ft_open": "Open",
    "ft_rate": "Follow-through",
    "overdue_mark": " (overdue)",
    "risks": "Risks and recommended actions (internal)",
    "signal": "Signal",
    "severity": "Severity",
    "evidence": "Evidence",
    "suggested": "Suggested action",
    "no_risks": "No risk was detected.",
    "next_steps": "What we propose for next quarter",
    "next_steps_internal": "Recommended next actions",
    "no_next_steps": "Keep up the current work.",
    "sev_high": "high",
    "sev_medium": "medium",
    "sev_low": "low",
    "partner_notes": "Partner notes (internal)",
    "r_signal:stalled_after_registration": "Start with the first-steps learning course.",
    "r_signal:downloads_without_deals": (
        "We will share the first deal registration guide and visit a customer with you."
    ),
    "r_signal:training_without_proposals": (
        "Use the proposal template and talk script, and plan target accounts together."
    ),
    "r_signal:declining_activity": "A 1on1 to hear what changed and how we can help.",
    "r_signal:dormant": "A fresh-start programme with our latest success stories.",
    "r_signal:key_person_dependence": (
        "Share the key person's know-how and train a second seller."
    ),
    "r_signal:low_conversion": "Coaching and call reviews from lead to deal.",
    "r_signal:onboarding_overdue": "Agree dates for the open onboarding steps in the next 1on1.",
    "r_signal:actions_overdue": "Review the overdue action items together.",
    "r_signal:deal_expiring": "Share the status of registrations about to expire.",
    "r_pract:perception": "Webinars, product videos and industry-specific materials.",
    "r_pract:readiness": "E-learning, certification and an FAQ to get ready to sell.",
    "r_pract:activate": "Proposal templates, a competitor comparison and co-selling visits.",
    "r_pract:collaboration": "A regular joint strategy meeting and joint campaigns.",
    "r_pract:trust": "Continuous support, with recognition of your results.",
    "r_onboarding": "Agree dates for the open onboarding steps in the next 1on1.",
    "x_cover": "Cover",
    "x_assessment": "Self-assessment",
    "x_kpis": "KPIs",
    "x_checklist": "Onboarding",
    "x_goals": "Goals",
    "x_title": "Partner self-assessment (PRACT)",
    "x_partner": "Partner",
    "x_owner": "Channel manager",
    "x_created": "Created on",
    "x_reference": "Reference",
    "x_how_title": "How to fill it in",
    "x_how_1": "1. On the Self-assessment sheet, choose a score from 0 to 5 in each yellow cell.",
    "x_how_2": "2. Add a comment where it helps.",
    "x_how_3": "3. Save the file and send it back as an Excel workbook (.xlsx).",
    "x_how_4": "The sheets are protected: only the yellow cells can be changed.",
    "x_scale": "0 = not at all … 5 = fully",
    "x_no": "No.",
    "x_question": "Question",
    "x_score": "Score (0–5)",
    "x_comment": "Comment",
    "x_total": "Total (out of 25)",
    "x_error_title": "Score",
    "x_error": "Choose a whole number from 0 to 5 in the list.",
    "x_prompt": "Choose 0 to 5",
    "q_perception": "Do you understand the product and why it is worth selling?",
    "q_readiness": "Do you feel ready and able to sell it (knowledge, skills, team)?",
    "q_activate": "Do your sellers have the tools they need, and do they actually propose it?",
    "q_collaboration": "Do we plan and run initiatives together, regularly?",
    "q_trust": "Is there continuous support and recognition for a long relationship?",
    "x_kpi_title": "Your key figures",
    "x_monthly": "Monthly activity (last 12 months)",
    "x_journey": "Journey",
    "pf_partners": "Partners",
    "pf_summary": "KPI summary",
    "pf_partner": "Partner",
    "pf_code": "Code",
    "pf_type": "Type",
    "pf_status": "Status",
    "pf_territory": "Territory",
    "pf_owner": "Owner",
    "pf_phase": "Phase",
    "pf_tier": "Tier",
    "pf_points": "Points",
    "pf_downloads": "Downloads",
    "pf_leads": "Leads",
    "pf_deals": "Deals registered",
    "pf_won": "Deals won",
    "pf_won_amount": "Won amount",
    "pf_logins": "Logins",
    "pf_trainings": "Trainings",
    "pf_conversion": "Conversion",
    "pf_top_share": "Top person share",
    "pf_signals": "Signals",
    "pf_signal_keys": "Which signals",
    "pf_last_meeting": "Last 1on1",
    "pf_open_actions": "Open actions",
    "pf_overdue_actions": "Overdue actions",
    "pf_onboarding": "Onboarding done",
    "pf_period": "Period: {start} – {end} (as of {as_of})",
    "pf_indicator": "Indicator",
    "pf_value": "Value",
    "pf_registered": "Registered partners",
    "pf_retention": "Retention (90 days)",
    "pf_activation_rate": "Activation rate",
    "pf_deals_per_activated": "Deals per activated partner",
    "pf_downloads_per_partner": "Downloads per partner",
    "pf_journey_rate": "Journey reached: {step}",
    "pf_phase_count": "Phase: {phase}",
    "ph_onboarding": "Onboarding",
    "ph_activation": "Activation",
    "ph_retention": "Retention",
    "ph_dormant": "Dormant",
    "st_active": "active",
    "st_suspended": "suspended",
    "st_terminated": "terminated",
}

_TABLES = {"ja": JA, "en": EN}


def check_language(language: str) -> str:
    if language not in _TABLES:
        raise ValueError(f"unsupported language {language!r} (ja or en)")
    return language


def of(language: str) -> Callable[..., str]:
    """``t(key, **values)``: the text for ``key`` in ``language`` with ``{values}`` filled."""
    table = _TABLES[check_language(language)]

    def t(key: str, **values: object) -> str:
        template = table[key]
        return template.format(**values) if values else template

    return t


SIGNAL_LABELS = {
    "stalled_after_registration": ("登録後に停滞", "Stalled after registration"),
    "downloads_without_deals": ("資料DL後に案件なし", "Downloads without deals"),
    "training_without_proposals": ("研修後に提案なし", "Training without proposals"),
    "declining_activity": ("活動量の減少", "Declining activity"),
    "dormant": ("休眠", "Dormant"),
    "key_person_dependence": ("キーマン依存", "Key person dependence"),
    "low_conversion": ("案件化率が低い", "Low conversion"),
    "onboarding_overdue": ("オンボーディング遅延", "Onboarding overdue"),
    "actions_overdue": ("アクション期日超過", "Actions overdue"),
    "deal_expiring": ("案件登録の期限切れ間近", "Deal registration expiring"),
    "channel_conflict": ("チャネルコンフリクト", "Channel conflict"),
}


def signal_label(key: str, language: str) -> str:
    """The signal's name (the key itself for a signal this table does not know)."""
    names = SIGNAL_LABELS.get(key)
    if names is None:
        return key
    return names[0] if language == "ja" else names[1]


def kind_label(kind: str, language: str) -> str:
    k = EventKind(kind)
    if k is EventKind.REGISTERED:
        return _TABLES[language]["step_registered"]
    return EVENT_KIND_LABELS_JA[k] if language == "ja" else _EN_KINDS[k]


_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def long_date(day: date, language: str) -> str:
    """``2026年9月30日`` or ``30 September 2026`` (never the process locale's month names)."""
    if language == "ja":
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"


def short_date(day: date | None) -> str:
    return day.isoformat() if day else "—"


def yen(amount: float) -> str:
    return f"¥{round(amount):,}"


#: The evidence of a signal rebuilt from ``Signal.facts`` in the report's language (the
#: engine words its own evidence in English for the CLI). ``{person}`` is the signal's person.
_EVIDENCE: dict[str, tuple[str, str]] = {
    "stalled_after_registration": (
        "登録から{days}日、資料ダウンロードなし",
        "registered {days} days ago, no material downloaded",
    ),
    "downloads_without_deals": (
        "初回ダウンロードから{days}日、ダウンロード{downloads}件、案件登録なし",
        "first download {days} days ago, {downloads} downloads, no deal registered",
    ),
    "training_without_proposals": (
        "初回の研修修了から{days}日（研修{trainings}件）、その後の提案なし",
        "first training completed {days} days ago ({trainings} training{trainings_s}), "
        "no proposal since",
    ),
    "declining_activity": (
        "直近{recent_days}日のイベント{recent}件（その前の{baseline_days}日間は"
        "{recent_days}日あたり平均{average:.1f}件、{change_pct:+.0f}%）",
        "{recent} events in the last {recent_days} days against {average:.1f} per "
        "{recent_days} days in the {baseline_days} days before ({change_pct:+.0f}%)",
    ),
    "dormant_never": (
        "登録から{days}日、ログインなし",
        "registered {days} days ago, never logged in",
    ),
    "dormant": (
        "登録から{days}日、最終ログインは{login_days_ago}日前（{last_login}）",
        "registered {days} days ago, last login {login_days_ago} days ago ({last_login})",
    ),
    "key_person_dependence": (
        "{person}が直近{window_days}日の案件登録{total}件中{deals}件（{share_pct:.0f}%）、"
        "担当者{persons}名",
        "{person} holds {deals} of {total} deals registered in the last {window_days} days "
        "({share_pct:.0f}%); {persons} persons",
    ),
    "low_conversion": (
        "直近{window_days}日でリード{leads}件・案件{deals}件、案件化率{conversion_pct:.1f}%"
        "（プログラム中央値{median_pct:.1f}%）",
        "{leads} leads, {deals} deals in the last {window_days} days: conversion "
        "{conversion_pct:.1f}% (programme median {median_pct:.1f}%)",
    ),
    "onboarding_overdue": (
        "期日超過のオンボーディング項目{items}件。最も古いもの「{oldest}」（期日 {due}、"
        "{days_late}日超過）",
        "{items} onboarding step{items_s} overdue; oldest “{oldest}”, due {due} "
        "({days_late} days ago)",
    ),
    "actions_overdue": (
        "期日超過のアクション{items}件（自社{ours}件、パートナー{theirs}件）。最も古いもの"
        "「{oldest}」（期日 {due}、{days_late}日超過）",
        "{items} action item{items_s} past due ({ours} ours, {theirs} the partner's); oldest "
        "“{oldest}”, due {due} ({days_late} days ago)",
    ),
}

#: The engine's default suggested actions, worded for the vendor's own staff (internal).
_ACTIONS: dict[str, tuple[str, str]] = {
    "stalled_after_registration": (
        "導入学習コースを案内する。",
        "Send the first-steps learning course.",
    ),
    "downloads_without_deals": (
        "初回の案件登録ガイドを送り、同行訪問を提案する。",
        "Send the first deal registration guide and offer a co-selling visit.",
    ),
    "training_without_proposals": (
        "提案書テンプレートとトークスクリプトを共有し、対象顧客の計画を一緒に立てる。",
        "Share the proposal template and talk script; plan key accounts together.",
    ),
    "declining_activity": ("1on1で状況の変化を聞く。", "Hold a 1on1 to hear what changed."),
    "dormant": (
        "再活性化プログラムを始め、成功事例のメールを送る。",
        "Start the reactivation programme and send a success story mailing.",
    ),
    "key_person_dependence": (
        "キーマンのノウハウを共有し、二人目の提案担当者を育成する。",
        "Spread the key person's know-how and train a second seller.",
    ),
    "low_conversion": ("コーチングと商談の振り返りを行う。", "Coach the person and review calls."),
    "onboarding_overdue": (
        "次回の1on1で新しい期日を決める。",
        "Agree new dates in the next 1on1.",
    ),
    "actions_overdue": ("期日超過の項目をフォローする。", "Follow up on the overdue items."),
    "deal_expiring": (
        "パートナーに案件の状況を確認する。",
        "Ask the partner for the deal's status.",
    ),
    "channel_conflict": (
        "顧客の担当パートナーを決め、両方のパートナーに伝える。",
        "Decide who owns the customer and tell both partners.",
    ),
}


def _fact_values(facts: dict[str, object], person: str | None) -> dict[str, object]:
    values: dict[str, object] = {
        k: v.isoformat() if isinstance(v, date) else v for k, v in facts.items()
    }
    values["person"] = person or ""
    for name in ("items", "trainings"):  # English plurals: "1 action item", "2 action items"
        values[f"{name}_s"] = "" if facts.get(name) == 1 else "s"
    for name in ("change", "share", "conversion", "median"):
        raw = facts.get(name)
        if isinstance(raw, int | float):
            values[f"{name}_pct"] = raw * 100
    return values


def _deal_status(status: object, language: str) -> str:
    from prm_core.deals.registrations import STATUS_LABELS_JA

    return STATUS_LABELS_JA.get(str(status), str(status)) if language == "ja" else str(status)


def _deal_expiring_evidence(facts: dict[str, object], language: str) -> str:
    f = _fact_values(facts, None)
    status = _deal_status(facts["status"], language)
    left = int(str(facts["days_left"]))
    if language == "ja":
        when = "本日まで" if left == 0 else f"あと{left}日"
        return (
            f"「{f['deal']}」（{f['customer']}、{status}、{f['registered_on']}登録）の期限は"
            f"{f['expires_on']}、{when}"
        )
    when = "today" if left == 0 else f"in {left} day{'s' if left != 1 else ''}"
    return (
        f'registration "{f["deal"]}" for {f["customer"]} '
        f"({status}, registered {f['registered_on']}) expires on {f['expires_on']}, {when}"
    )


def _channel_conflict_evidence(facts: dict[str, object], language: str) -> str:
    claims = facts["claims"]
    assert isinstance(claims, list | tuple)
    by_number = facts["matched_on"] == "corporate_number"
    if language == "ja":
        listed = "、".join(
            f"{p}（{d.isoformat()}登録、{_deal_status(st, language)}）" for p, d, st in claims
        )
        how = "法人番号" if by_number else "正規化した顧客名"
        return f"{facts['partners']}社が{facts['customer']}を登録（{how}が一致）：{listed}"
    listed = ", ".join(f"{p} ({d.isoformat()}, {st})" for p, d, st in claims)
    how = "corporate number" if by_number else "name"
    return f"{facts['partners']} partners claim {facts['customer']} (matched on {how}): {listed}"


#: Deal signals carry lists and statuses the flat templates above cannot word.
_DEAL_EVIDENCE = {
    "deal_expiring": _deal_expiring_evidence,
    "channel_conflict": _channel_conflict_evidence,
}


def signal_evidence(
    key: str, facts: dict[str, object] | None, person: str | None, fallback: str, language: str
) -> str:
    """The evidence in ``language``, from the signal's numbers; the engine's own wording for a
    signal without numbers (or with numbers this table does not expect)."""
    if not facts:
        return fallback
    if key in _DEAL_EVIDENCE:
        try:
            return _DEAL_EVIDENCE[key](facts, language)
        except (KeyError, ValueError, TypeError):
            return fallback
    if key == "dormant" and facts.get("last_login") is None:
        key = "dormant_never"
    templates = _EVIDENCE.get(key)
    if templates is None:
        return fallback
    try:
        return (templates[0] if language == "ja" else templates[1]).format(
            **_fact_values(facts, person)
        )
    except (KeyError, ValueError, TypeError):
        return fallback


def signal_action(key: str, action: str, source: str, language: str) -> str:
    """The suggested action: a playbook entry as the manager saved it, the engine's default
    in ``language``."""
    wording = _ACTIONS.get(key)
    if source != "default" or wording is None:
        return action
    return wording[0] if language == "ja" else wording[1]
