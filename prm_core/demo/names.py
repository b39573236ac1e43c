"""Name pools for demo companies, people and end customers, and the builders that combine them.

Pools hold (written form, katakana reading, romaji) so one draw yields the display name, the
``name_kana`` used for Japanese sorting and an ASCII mail domain. All names are invented.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

# Company stems: written form, katakana reading, romaji (readings are unique so domains are).
COMPANY_STEMS: tuple[tuple[str, str, str], ...] = (
    ("東洋", "トウヨウ", "toyo"),
    ("北斗", "ホクト", "hokuto"),
    ("さくら", "サクラ", "sakura"),
    ("ミライ", "ミライ", "mirai"),
    ("大和", "ヤマト", "yamato"),
    ("日本橋", "ニホンバシ", "nihonbashi"),
    ("青葉", "アオバ", "aoba"),
    ("富士", "フジ", "fuji"),
    ("朝日", "アサヒ", "asahi"),
    ("東邦", "トウホウ", "toho"),
    ("中央", "チュウオウ", "chuo"),
    ("丸の内", "マルノウチ", "marunouchi"),
    ("光", "ヒカリ", "hikari"),
    ("明星", "ミョウジョウ", "myojo"),
    ("瑞穂", "ミズホ", "mizuho"),
    ("昭和", "ショウワ", "showa"),
    ("太平", "タイヘイ", "taihei"),
    ("新日本", "シンニホン", "shinnihon"),
    ("協和", "キョウワ", "kyowa"),
    ("大同", "ダイドウ", "daido"),
    ("日進", "ニッシン", "nisshin"),
    ("三栄", "サンエイ", "sanei"),
    ("共栄", "キョウエイ", "kyoei"),
    ("第一", "ダイイチ", "daiichi"),
    ("双葉", "フタバ", "futaba"),
    ("若葉", "ワカバ", "wakaba"),
    ("白鳥", "シラトリ", "shiratori"),
    ("紀ノ国", "キノクニ", "kinokuni"),
    ("近江", "オウミ", "omi"),
    ("浪速", "ナニワ", "naniwa"),
    ("博多", "ハカタ", "hakata"),
    ("杜の都", "モリノミヤコ", "morinomiyako"),
    ("銀河", "ギンガ", "ginga"),
    ("北辰", "ホクシン", "hokushin"),
    ("南星", "ナンセイ", "nansei"),
    ("東亜", "トウア", "toa"),
    ("大洋", "タイヨウ", "taiyo"),
    ("日の出", "ヒノデ", "hinode"),
    ("翼", "ツバサ", "tsubasa"),
    ("あおい", "アオイ", "aoi"),
    ("ひまわり", "ヒマワリ", "himawari"),
    ("つばめ", "ツバメ", "tsubame"),
    ("かもめ", "カモメ", "kamome"),
    ("みなと", "ミナト", "minato"),
    ("コスモ", "コスモ", "cosmo"),
    ("アルファ", "アルファ", "alpha"),
    ("ネクスト", "ネクスト", "next"),
    ("エース", "エース", "ace"),
    ("ユニオン", "ユニオン", "union"),
    ("ライズ", "ライズ", "rise"),
    ("グローバル", "グローバル", "global"),
    ("クレスト", "クレスト", "crest"),
    ("創和", "ソウワ", "sowa"),
    ("信栄", "シンエイ", "shinei"),
    ("日栄", "ニチエイ", "nichiei"),
    ("福徳", "フクトク", "fukutoku"),
    ("千代田", "チヨダ", "chiyoda"),
    ("淀屋", "ヨドヤ", "yodoya"),
    ("栄", "サカエ", "sakae"),
    ("天神", "テンジン", "tenjin"),
    ("瀬戸内", "セトウチ", "setouchi"),
    ("北陸", "ホクリク", "hokuriku"),
    ("三河", "ミカワ", "mikawa"),
    ("湘南", "ショウナン", "shonan"),
    ("武蔵", "ムサシ", "musashi"),
    ("相模", "サガミ", "sagami"),
    ("出雲", "イズモ", "izumo"),
    ("四季", "シキ", "shiki"),
    ("匠", "タクミ", "takumi"),
    ("誠", "マコト", "makoto"),
    ("和光", "ワコウ", "wako"),
    ("清和", "セイワ", "seiwa"),
    ("大成", "タイセイ", "taisei"),
)

COMPANY_SUFFIXES: tuple[tuple[str, str, str], ...] = (
    ("システムズ", "システムズ", "systems"),
    ("ソリューションズ", "ソリューションズ", "solutions"),
    ("商事", "ショウジ", "shoji"),
    ("テクノロジー", "テクノロジー", "technology"),
    ("情報サービス", "ジョウホウサービス", "joho-service"),
    ("情報システム", "ジョウホウシステム", "joho-system"),
    ("ITサービス", "アイティーサービス", "it-service"),
    ("ネットワークス", "ネットワークス", "networks"),
    ("データ", "データ", "data"),
    ("コンサルティング", "コンサルティング", "consulting"),
    ("電子", "デンシ", "denshi"),
    ("通信", "ツウシン", "tsushin"),
    ("産業", "サンギョウ", "sangyo"),
    ("物産", "ブッサン", "bussan"),
    ("興業", "コウギョウ", "kogyo"),
    ("ビジネスサポート", "ビジネスサポート", "business-support"),
    ("デジタル", "デジタル", "digital"),
    ("クラウド", "クラウド", "cloud"),
    ("ソフト", "ソフト", "soft"),
    ("電算", "デンサン", "densan"),
    ("情報技術", "ジョウホウギジュツ", "joho-gijutsu"),
    ("OA機器", "オーエーキキ", "oa-kiki"),
    ("事務機", "ジムキ", "jimuki"),
    ("テクノ", "テクノ", "techno"),
    ("リンク", "リンク", "link"),
    ("パートナーズ", "パートナーズ", "partners"),
    ("マーケティング", "マーケティング", "marketing"),
    ("総研", "ソウケン", "soken"),
)

#: (legal form, placed before the name?, weight) — 前株 is the most common in IT distribution.
LEGAL_FORMS: tuple[tuple[str, bool, float], ...] = (
    ("株式会社", True, 0.55),
    ("株式会社", False, 0.35),
    ("有限会社", True, 0.05),
    ("合同会社", False, 0.05),
)

ENGLISH_FIRST: tuple[tuple[str, str], ...] = (
    ("Blue", "ブルー"),
    ("Green", "グリーン"),
    ("Silver", "シルバー"),
    ("Bright", "ブライト"),
    ("Smart", "スマート"),
    ("Prime", "プライム"),
    ("True", "トゥルー"),
    ("Open", "オープン"),
    ("Clear", "クリア"),
    ("Rising", "ライジング"),
    ("North", "ノース"),
    ("Pacific", "パシフィック"),
    ("Summit", "サミット"),
    ("Crystal", "クリスタル"),
    ("Red", "レッド"),
    ("Golden", "ゴールデン"),
    ("Swift", "スウィフト"),
    ("Urban", "アーバン"),
)
ENGLISH_SECOND: tuple[tuple[str, str], ...] = (
    ("Ocean", "オーシャン"),
    ("Sky", "スカイ"),
    ("Bridge", "ブリッジ"),
    ("Wave", "ウェーブ"),
    ("Leaf", "リーフ"),
    ("Stone", "ストーン"),
    ("Peak", "ピーク"),
    ("Harbor", "ハーバー"),
    ("Field", "フィールド"),
    ("River", "リバー"),
    ("Star", "スター"),
    ("Arrow", "アロー"),
    ("Gate", "ゲート"),
    ("Forest", "フォレスト"),
    ("Lake", "レイク"),
)
ENGLISH_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("Systems", "システムズ"),
    ("Solutions", "ソリューションズ"),
    ("Technologies", "テクノロジーズ"),
    ("Partners", "パートナーズ"),
    ("Networks", "ネットワークス"),
    ("Consulting", "コンサルティング"),
    ("Labs", "ラボ"),
    ("Digital", "デジタル"),
    ("Works", "ワークス"),
)
ENGLISH_LEGAL: tuple[str, ...] = ("Inc.", "Co., Ltd.", "K.K.", "LLC")

TERRITORIES: tuple[tuple[str, float], ...] = (
    ("関東", 0.36),
    ("関西", 0.19),
    ("中部", 0.14),
    ("九州", 0.09),
    ("東北", 0.07),
    ("中国・四国", 0.09),
    ("北海道", 0.06),
)

#: Regional names used when the pools collide: a regional subsidiary is a realistic variant.
AREAS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "関東": (
        ("東京", "トウキョウ", "tokyo"),
        ("横浜", "ヨコハマ", "yokohama"),
        ("埼玉", "サイタマ", "saitama"),
        ("千葉", "チバ", "chiba"),
        ("関東", "カントウ", "kanto"),
    ),
    "関西": (
        ("関西", "カンサイ", "kansai"),
        ("大阪", "オオサカ", "osaka"),
        ("京都", "キョウト", "kyoto"),
        ("神戸", "コウベ", "kobe"),
    ),
    "中部": (
        ("中部", "チュウブ", "chubu"),
        ("名古屋", "ナゴヤ", "nagoya"),
        ("静岡", "シズオカ", "shizuoka"),
        ("金沢", "カナザワ", "kanazawa"),
    ),
    "九州": (("九州", "キュウシュウ", "kyushu"), ("福岡", "フクオカ", "fukuoka")),
    "東北": (("東北", "トウホク", "tohoku"), ("仙台", "センダイ", "sendai")),
    "中国・四国": (
        ("中国", "チュウゴク", "chugoku"),
        ("広島", "ヒロシマ", "hiroshima"),
        ("四国", "シコク", "shikoku"),
    ),
    "北海道": (("北海道", "ホッカイドウ", "hokkaido"), ("札幌", "サッポロ", "sapporo")),
}

#: First digits of landline numbers per territory, so phone numbers look local.
AREA_CODES: dict[str, str] = {
    "関東": "03",
    "関西": "06",
    "中部": "052",
    "九州": "092",
    "東北": "022",
    "中国・四国": "082",
    "北海道": "011",
}

SURNAMES: tuple[tuple[str, str], ...] = (
    ("佐藤", "sato"),
    ("鈴木", "suzuki"),
    ("高橋", "takahashi"),
    ("田中", "tanaka"),
    ("伊藤", "ito"),
    ("渡辺", "watanabe"),
    ("山本", "yamamoto"),
    ("中村", "nakamura"),
    ("小林", "kobayashi"),
    ("加藤", "kato"),
    ("吉田", "yoshida"),
    ("山田", "yamada"),
    ("佐々木", "sasaki"),
    ("山口", "yamaguchi"),
    ("松本", "matsumoto"),
    ("井上", "inoue"),
    ("木村", "kimura"),
    ("林", "hayashi"),
    ("斎藤", "saito"),
    ("清水", "shimizu"),
    ("山崎", "yamazaki"),
    ("森", "mori"),
    ("池田", "ikeda"),
    ("橋本", "hashimoto"),
    ("阿部", "abe"),
    ("石川", "ishikawa"),
    ("山下", "yamashita"),
    ("中島", "nakajima"),
    ("石井", "ishii"),
    ("小川", "ogawa"),
    ("前田", "maeda"),
    ("岡田", "okada"),
    ("長谷川", "hasegawa"),
    ("藤田", "fujita"),
    ("後藤", "goto"),
    ("近藤", "kondo"),
    ("村上", "murakami"),
    ("遠藤", "endo"),
    ("青木", "aoki"),
    ("坂本", "sakamoto"),
    ("福田", "fukuda"),
    ("太田", "ota"),
    ("西村", "nishimura"),
    ("藤井", "fujii"),
    ("金子", "kaneko"),
    ("岡本", "okamoto"),
    ("藤原", "fujiwara"),
    ("中野", "nakano"),
    ("三浦", "miura"),
    ("原田", "harada"),
    ("中川", "nakagawa"),
    ("松田", "matsuda"),
    ("竹内", "takeuchi"),
    ("小野", "ono"),
    ("田村", "tamura"),
    ("中山", "nakayama"),
    ("和田", "wada"),
    ("石田", "ishida"),
    ("森田", "morita"),
    ("上田", "ueda"),
    ("原", "hara"),
    ("内田", "uchida"),
    ("柴田", "shibata"),
    ("酒井", "sakai"),
    ("宮崎", "miyazaki"),
    ("横山", "yokoyama"),
    ("高木", "takagi"),
    ("安藤", "ando"),
    ("宮本", "miyamoto"),
    ("小島", "kojima"),
    ("谷口", "taniguchi"),
    ("今井", "imai"),
    ("工藤", "kudo"),
    ("増田", "masuda"),
    ("丸山", "maruyama"),
    ("杉山", "sugiyama"),
    ("村田", "murata"),
    ("大塚", "otsuka"),
    ("新井", "arai"),
    ("平野", "hirano"),
    ("久保", "kubo"),
    ("松井", "matsui"),
    ("野口", "noguchi"),
    ("菅原", "sugawara"),
    ("木下", "kinoshita"),
)

GIVEN_NAMES: tuple[tuple[str, str], ...] = (
    ("太郎", "taro"),
    ("健太", "kenta"),
    ("翔太", "shota"),
    ("大輔", "daisuke"),
    ("拓也", "takuya"),
    ("直樹", "naoki"),
    ("哲也", "tetsuya"),
    ("和也", "kazuya"),
    ("誠", "makoto"),
    ("浩二", "koji"),
    ("隆", "takashi"),
    ("剛", "tsuyoshi"),
    ("亮", "ryo"),
    ("健一", "kenichi"),
    ("修", "osamu"),
    ("達也", "tatsuya"),
    ("雄一", "yuichi"),
    ("聡", "satoshi"),
    ("悠人", "yuto"),
    ("蓮", "ren"),
    ("陽介", "yosuke"),
    ("圭介", "keisuke"),
    ("慎也", "shinya"),
    ("洋平", "yohei"),
    ("俊介", "shunsuke"),
    ("裕太", "yuta"),
    ("一郎", "ichiro"),
    ("英樹", "hideki"),
    ("正人", "masato"),
    ("康弘", "yasuhiro"),
    ("花子", "hanako"),
    ("美咲", "misaki"),
    ("陽子", "yoko"),
    ("恵", "megumi"),
    ("彩", "aya"),
    ("由美", "yumi"),
    ("真由美", "mayumi"),
    ("愛", "ai"),
    ("舞", "mai"),
    ("千尋", "chihiro"),
    ("優子", "yuko"),
    ("沙織", "saori"),
    ("香織", "kaori"),
    ("理恵", "rie"),
    ("直美", "naomi"),
    ("奈々", "nana"),
    ("結衣", "yui"),
    ("明日香", "asuka"),
    ("智子", "tomoko"),
    ("久美子", "kumiko"),
    ("美穂", "miho"),
    ("綾乃", "ayano"),
    ("葵", "aoi"),
    ("遥", "haruka"),
    ("早紀", "saki"),
    ("純子", "junko"),
)

ENGLISH_GIVEN: tuple[str, ...] = (
    "Emily",
    "James",
    "Sarah",
    "Michael",
    "Jessica",
    "David",
    "Laura",
    "Daniel",
    "Olivia",
    "Robert",
    "Sophie",
    "Thomas",
    "Hannah",
    "Kevin",
    "Rachel",
    "Brian",
)
ENGLISH_SURNAMES: tuple[str, ...] = (
    "Carter",
    "Smith",
    "Johnson",
    "Brown",
    "Miller",
    "Wilson",
    "Taylor",
    "Anderson",
    "Clark",
    "Lewis",
    "Walker",
    "Young",
    "King",
    "Wright",
    "Scott",
    "Green",
)

#: The vendor's channel managers; each demo picks 3–5 of them as partner owners.
CHANNEL_MANAGERS: tuple[str, ...] = (
    "佐藤 美咲",
    "高橋 健太",
    "鈴木 陽介",
    "中村 彩",
    "小林 直樹",
    "伊藤 沙織",
    "渡辺 拓也",
)

# End-customer (案件の顧客) names: stems and business words, combined with a legal form.
CUSTOMER_STEMS: tuple[str, ...] = (
    "大和",
    "丸山",
    "富士見",
    "青葉",
    "新川",
    "港北",
    "城南",
    "旭",
    "若葉台",
    "北浜",
    "桜川",
    "東雲",
    "日向",
    "広瀬",
    "松島",
    "葛城",
    "筑紫",
    "阿蘇",
    "吉野",
    "高砂",
    "白山",
    "那須",
    "鳴門",
    "小松",
    "藤沢",
    "岩城",
    "常盤",
    "千種",
    "大宮",
    "嵐山",
    "八幡",
    "美濃",
    "加賀",
    "宇治",
    "伊勢",
    "磐田",
)

#: (business word, legal pattern): kk = 株式会社 before or after, or a fixed pattern.
CUSTOMER_BUSINESSES: tuple[tuple[str, str], ...] = (
    ("精工", "kk"),
    ("物流", "kk"),
    ("食品", "kk"),
    ("建設", "kk"),
    ("電機", "kk"),
    ("製作所", "kk"),
    ("工業", "kk"),
    ("化学", "kk"),
    ("薬品", "kk"),
    ("印刷", "kk"),
    ("運輸", "kk"),
    ("商会", "kk"),
    ("ホールディングス", "kk"),
    ("不動産", "kk"),
    ("百貨店", "kk"),
    ("製菓", "kk"),
    ("酒造", "kk"),
    ("ホテル", "kk"),
    ("会", "iryo"),
    ("学園", "gakko"),
    ("信用金庫", "plain"),
    ("福祉会", "fukushi"),
)

PROJECTS: tuple[str, ...] = (
    "基幹システム刷新",
    "営業支援システム導入",
    "勤怠管理クラウド移行",
    "電子契約導入",
    "経費精算システム更新",
    "在庫管理の見える化",
    "社内ポータル再構築",
    "テレワーク環境整備",
    "セキュリティ強化",
    "顧客管理の一元化",
    "生産管理システム更新",
    "BIダッシュボード構築",
    "ヘルプデスク刷新",
    "全社ライセンス更新",
    "店舗POS連携",
    "文書管理ペーパーレス化",
    "人事評価システム導入",
    "コールセンター刷新",
    "ECサイト連携",
    "データ基盤構築",
)


@dataclass(frozen=True, slots=True)
class CompanyName:
    """A partner's display name with its reading and an ASCII mail domain."""

    name: str
    kana: str
    domain: str
    english: bool


def _japanese_company(
    rng: random.Random, territory: str, taken: set[str], attempt_limit: int
) -> CompanyName:
    """Draw stem + suffix; on repeated collisions add a regional name, then a number.

    ``taken`` holds the name without its legal form, so 株式会社X and X株式会社 never coexist
    (the conflict matcher would rightly treat them as one company).
    """
    for attempt in range(attempt_limit + 3):
        stem, stem_kana, stem_roman = rng.choice(COMPANY_STEMS)
        suffix, suffix_kana, suffix_roman = rng.choice(COMPANY_SUFFIXES)
        core, kana, roman = stem + suffix, stem_kana + suffix_kana, f"{stem_roman}-{suffix_roman}"
        if attempt >= attempt_limit:
            area, area_kana, area_roman = rng.choice(AREAS[territory])
            core, kana, roman = core + area, kana + area_kana, f"{roman}-{area_roman}"
        if core not in taken:
            break
    else:
        number = 2
        while f"{core}{number}" in taken:
            number += 1
        core, roman = f"{core}{number}", f"{roman}{number}"
    taken.add(core)
    index = rng.choices(range(len(LEGAL_FORMS)), weights=[w for _, _, w in LEGAL_FORMS])[0]
    form, before, _ = LEGAL_FORMS[index]
    name = f"{form}{core}" if before else f"{core}{form}"
    return CompanyName(name, kana, f"{roman}.example.jp", english=False)


def _english_company(rng: random.Random, taken: set[str], attempt_limit: int) -> CompanyName:
    for _ in range(attempt_limit):
        first, first_kana = rng.choice(ENGLISH_FIRST)
        second, second_kana = rng.choice(ENGLISH_SECOND)
        suffix, suffix_kana = rng.choice(ENGLISH_SUFFIXES)
        core = f"{first} {second} {suffix}"
        if core not in taken:
            break
    else:
        number = 2
        while f"{core} {number}" in taken:
            number += 1
        core = f"{core} {number}"
        suffix_kana = f"{suffix_kana}{number}"
    taken.add(core)
    domain = "-".join(core.lower().split()) + ".example.jp"
    name = f"{core} {rng.choice(ENGLISH_LEGAL)}"
    return CompanyName(name, first_kana + second_kana + suffix_kana, domain, english=True)


def company_names(
    rng: random.Random, territories: list[str], english_share: float
) -> list[CompanyName]:
    """One unique company name per partner (``territories`` gives the count and regions)."""
    taken: set[str] = set()
    names: list[CompanyName] = []
    for territory in territories:
        if rng.random() < english_share:
            names.append(_english_company(rng, taken, attempt_limit=8))
        else:
            names.append(_japanese_company(rng, territory, taken, attempt_limit=6))
    return names


@dataclass(frozen=True, slots=True)
class PersonName:
    name: str
    local_part: str


def person_name(rng: random.Random, english: bool) -> PersonName:
    """A person's display name (姓 名 for Japanese) and the ``given.surname`` mail local part."""
    if english:
        given, surname = rng.choice(ENGLISH_GIVEN), rng.choice(ENGLISH_SURNAMES)
        return PersonName(f"{given} {surname}", f"{given}.{surname}".lower())
    surname, surname_roman = rng.choice(SURNAMES)
    given, given_roman = rng.choice(GIVEN_NAMES)
    return PersonName(f"{surname} {given}", f"{given_roman}.{surname_roman}")


def phone_number(rng: random.Random, territory: str) -> str:
    """A landline in the partner's region, or now and then a mobile number."""
    if rng.random() < 0.25:
        return f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    code = AREA_CODES.get(territory, "03")
    middle = rng.randint(1000, 9999) if len(code) == 2 else rng.randint(100, 999)
    return f"{code}-{middle}-{rng.randint(1000, 9999)}"


def _customer_name(stem: str, business: str, pattern: str, before: bool) -> tuple[str, str]:
    """(registered name, short name used in deal titles)."""
    short = stem + business
    if pattern == "iryo":
        return f"医療法人社団{short}", short
    if pattern == "gakko":
        return f"学校法人{short}", short
    if pattern == "fukushi":
        return f"社会福祉法人{short}", short
    if pattern == "plain":
        return short, short
    return (f"株式会社{short}" if before else f"{short}株式会社"), short


def customer_names(rng: random.Random, count: int) -> list[tuple[str, str]]:
    """``count`` distinct end customers as (full name, short name), in a seeded order."""
    combos = [(s, b, p) for s in CUSTOMER_STEMS for b, p in CUSTOMER_BUSINESSES]
    picked = rng.sample(combos, min(count, len(combos)))
    return [_customer_name(s, b, p, rng.random() < 0.6) for s, b, p in picked]
