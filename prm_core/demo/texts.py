"""Japanese text pools for demo contents, 1on1 logs, action items, assessments and notes.

Kept apart from the generator so wording can be edited without touching any logic.
"""

from __future__ import annotations

from prm_core.kinds import PractPhase

#: Materials handed to partners: (name, kind, download popularity). A popularity of 0 means
#: never downloaded — the unused materials are part of what the content KPI should reveal.
CONTENTS: tuple[tuple[str, str, float], ...] = (
    ("製品紹介資料", "製品資料", 14.0),
    ("導入事例集", "事例集", 10.0),
    ("提案書テンプレート", "提案書", 9.0),
    ("価格表", "価格表", 8.0),
    ("トークスクリプト", "トークスクリプト", 6.0),
    ("デモ動画", "動画", 6.0),
    ("競合比較表", "比較表", 5.0),
    ("導入手順ガイド", "ガイド", 4.0),
    ("FAQ集", "FAQ", 4.0),
    ("業種別ソリューション資料（製造業）", "業種別資料", 3.0),
    ("ROI試算シート", "ツール", 2.0),
    ("セキュリティチェックシート回答集", "チェックシート", 1.5),
    ("旧製品カタログ（2019年版）", "カタログ", 0.0),
    ("パートナー向けロゴ利用ガイドライン", "ガイドライン", 0.0),
)

INDUSTRIES: tuple[tuple[str, float], ...] = (
    ("製造", 0.24),
    ("流通・小売", 0.15),
    ("IT・通信", 0.14),
    ("建設・不動産", 0.1),
    ("医療・介護", 0.09),
    ("金融", 0.07),
    ("自治体・公共", 0.08),
    ("教育", 0.05),
    ("物流", 0.08),
)

PARTNER_NOTES: tuple[str, ...] = (
    "年度末（3月）に予算が集中する顧客が多い。",
    "キーマンが4月に異動予定。後任の確認が必要。",
    "共同セミナーを年2回開催している。",
    "保守契約の更新案件が中心。新規提案は少なめ。",
    "製造業向けの導入実績が豊富。",
    "自治体案件に強い。入札スケジュールに注意。",
    "営業担当の入れ替わりが多く、研修の再実施を検討。",
    "他社製品も併売しているため比較資料のニーズが高い。",
)
TERMINATED_NOTE = "契約終了（事業方針の変更による）。履歴は参照用に保持。"
SUSPENDED_NOTE = "取引一時停止中（契約条件の見直し協議中）。"

ROLES: tuple[tuple[str, float, float], ...] = (
    # (role, how often it occurs, how much this role sells relative to a sales rep)
    ("営業担当", 0.34, 1.0),
    ("営業課長", 0.1, 1.0),
    ("営業部長", 0.06, 0.6),
    ("営業企画", 0.06, 0.3),
    ("SE", 0.14, 0.15),
    ("プリセールスSE", 0.08, 0.4),
    ("マーケティング", 0.07, 0.1),
    ("事業開発", 0.06, 0.6),
    ("カスタマーサクセス", 0.06, 0.1),
    ("代表取締役", 0.03, 0.2),
)

MEETING_TOPICS: dict[PractPhase, tuple[str, ...]] = {
    PractPhase.PERCEPTION: (
        "製品の強みと差別化ポイントの確認",
        "ターゲット顧客像のすり合わせ",
        "導入事例の紹介",
        "市場動向と販売方針の共有",
    ),
    PractPhase.READINESS: (
        "製品研修の受講状況",
        "デモ環境の準備",
        "よくある質問への回答方法",
        "認定資格の取得計画",
    ),
    PractPhase.ACTIVATE: (
        "案件登録の進め方",
        "提案書テンプレートの活用",
        "同行営業の候補案件",
        "競合比較表を使った提案の振り返り",
    ),
    PractPhase.COLLABORATION: (
        "共同キャンペーンの企画",
        "四半期の販売計画レビュー",
        "共同セミナーの振り返り",
        "重点顧客リストの共有",
    ),
    PractPhase.TRUST: (
        "表彰制度とインセンティブの説明",
        "年間の取り組みの振り返り",
        "来期の共同目標の相談",
        "マーケットフィードバックの共有",
    ),
}

NOTE_LINES: dict[PractPhase, tuple[str, ...]] = {
    PractPhase.PERCEPTION: (
        "製品の価値は理解しているが、自社顧客への当てはめ方に迷いがある。",
        "どの業種から攻めるかを次回までに整理してもらう。",
        "事例集の製造業向けページに関心が高い。",
    ),
    PractPhase.READINESS: (
        "研修は一部の担当者のみ受講済み。残りのメンバーの受講日を調整中。",
        "デモ操作に不安があるとの声。ハンズオンを提案した。",
        "FAQ集を社内ポータルに掲載してもらうことになった。",
    ),
    PractPhase.ACTIVATE: (
        "リードはあるが案件登録まで進んでいない。登録手順を再説明した。",
        "提案書テンプレートを使った提案で手応えがあった。",
        "競合との価格比較で苦戦。比較表の最新版を送付予定。",
        "同行営業の候補として2社を挙げてもらった。",
    ),
    PractPhase.COLLABORATION: (
        "次四半期の重点顧客を5社に絞り込んだ。",
        "共同セミナーの集客は目標の8割。フォローコールを分担する。",
        "キャンペーンの成果を月次で共有することで合意。",
    ),
    PractPhase.TRUST: (
        "受注実績を社内表彰で紹介したところ好評だった。",
        "長期的な関係づくりのため、半期ごとに役員同席の面談を行う。",
        "顧客からの要望を製品部門にフィードバックした。",
    ),
}

NEXT_STEPS: tuple[str, ...] = (
    "次回1on1で進捗を確認する。",
    "来月の定例で案件状況を共有してもらう。",
    "次回までに資料の改訂版を送る。",
    "四半期レビューで数値を振り返る。",
)

VENDOR_ACTIONS: tuple[str, ...] = (
    "最新の競合比較表を送付する",
    "ハンズオン研修の日程を提示する",
    "同行営業の日程を調整する",
    "導入事例（製造業）を共有する",
    "共同セミナーの企画書を作成する",
    "インセンティブ制度の資料を送る",
    "デモ環境のアカウントを発行する",
)
PARTNER_ACTIONS: tuple[str, ...] = (
    "重点顧客リストを提出する",
    "案件を2件登録する",
    "製品研修を全営業担当が受講する",
    "提案書テンプレートで提案を1件実施する",
    "セミナー参加者へのフォローコールを行う",
    "後任担当者を決めて連絡する",
    "四半期の販売計画を共有する",
)

ASSESSMENT_COMMENTS: tuple[str, ...] = (
    "製品理解は進んだが、提案の場数がまだ少ない。",
    "研修後の定着が課題。フォローアップが必要。",
    "キーマンへの依存が大きい。二人目の育成を期待。",
    "共同施策が定着し、継続的な関係ができている。",
    "活動量は多いが受注につながっていない。",
    "",
)

GOAL_NOTES: dict[str, str] = {
    "deal_registered": "半期で案件登録数を伸ばす",
    "deal_won": "初回受注と継続受注の実現",
    "won_amount": "受注金額の共通目標",
    "training_completed": "営業担当全員の研修修了",
    "lead_registered": "リード登録を習慣化する",
}

#: (category, action text, the risk signal it answers or None).
INTERVENTIONS: tuple[tuple[str, str, str | None], ...] = (
    ("研修", "はじめてガイドと基礎研修の案内を送付", "stalled_after_registration"),
    ("同行営業", "初回案件に向けた同行営業を実施", "downloads_without_deals"),
    ("資料提供", "提案書テンプレートとトークスクリプトを提供", "training_without_proposals"),
    ("1on1", "活動状況のヒアリングを実施", "declining_activity"),
    ("再活性化", "成功事例メールと再活性化プログラムの案内", "dormant"),
    ("育成", "キーマンのノウハウ共有会を開催し、二人目の担当を育成", "key_person_dependence"),
    ("コーチング", "商談の振り返りとロールプレイを実施", "low_conversion"),
    ("インセンティブ", "四半期キャンペーンの報奨を案内", None),
    ("共同施策", "共同セミナーを開催", None),
)
