"""Tests for the dependency-free language identifier. All sample texts were written for these tests."""

from __future__ import annotations

import unicodedata

import pytest

from presslens.ingest.language import detect_language

SAMPLES: dict[str, str] = {
    "en": (
        "The city council approved a new budget on Tuesday after a long debate about public transport. "
        "Several members said that the plan would raise fares for students, but the mayor argued it was the "
        "only way to keep buses running. The vote was close, and opponents have promised to challenge the "
        "decision in court."
    ),
    "es": (
        "El gobierno regional anunció el martes un nuevo plan para mejorar el transporte público en la "
        "capital. Según los responsables, las obras comenzarán en primavera y durarán al menos dos "
        "años. Los vecinos de varios barrios han pedido que se consulte a la población antes de aprobar "
        "el proyecto."
    ),
    "pt": (
        "O governo anunciou nesta terça-feira um novo plano para melhorar o transporte público na capital. "
        "Segundo os responsáveis, as obras vão começar na primavera e devem durar pelo menos dois anos. Os "
        "moradores de vários bairros pediram que a população seja ouvida antes da aprovação do projeto."
    ),
    "it": (
        "Il governo regionale ha presentato martedì un nuovo piano per migliorare il trasporto pubblico "
        "nella capitale. Secondo i responsabili, i lavori inizieranno in primavera e dureranno almeno "
        "due anni. Gli abitanti di diversi quartieri hanno chiesto che la popolazione sia consultata "
        "prima dell'approvazione del progetto."
    ),
    "ca": (
        "El govern va presentar dimarts un nou pla per millorar el transport públic a la capital. Segons els "
        "responsables, les obres començaran a la primavera i duraran almenys dos anys. Els veïns de diversos "
        "barris han demanat que es consulti la població abans d'aprovar el projecte, perquè diuen que no els "
        "han escoltat."
    ),
    "fr": (
        "Le gouvernement a présenté mardi un nouveau plan pour améliorer les transports publics dans la "
        "capitale. Selon les responsables, les travaux commenceront au printemps et dureront au moins "
        "deux ans. Les habitants de plusieurs quartiers ont demandé que la population soit consultée "
        "avant l'adoption du projet."
    ),
    "de": (
        "Die Landesregierung hat am Dienstag einen neuen Plan zur Verbesserung des öffentlichen "
        "Nahverkehrs in der Hauptstadt vorgestellt. Nach Angaben der Verantwortlichen sollen die "
        "Bauarbeiten im Frühjahr beginnen und mindestens zwei Jahre dauern. Anwohner mehrerer "
        "Stadtteile fordern, dass die Bevölkerung vor der Entscheidung befragt wird."
    ),
    "nl": (
        "De regering heeft dinsdag een nieuw plan gepresenteerd om het openbaar vervoer in de hoofdstad "
        "te verbeteren. Volgens de verantwoordelijken beginnen de werkzaamheden in het voorjaar en "
        "zullen ze minstens twee jaar duren. Bewoners van verschillende wijken vragen dat de bevolking "
        "wordt geraadpleegd voordat het project wordt goedgekeurd."
    ),
    "sv": (
        "Regeringen presenterade i går en ny plan som ska förbättra kollektivtrafiken i huvudstaden. Enligt "
        "ministern sätts arbetet i gång under våren, och det kommer att ta minst två år. Många invånare är "
        "inte nöjda, eftersom de menar att de inte har blivit hörda. Vad som händer nu är upp till kommunen."
    ),
    "da": (
        "Regeringen fremlagde i går en ny plan, som skal forbedre den offentlige transport i "
        "hovedstaden. Ifølge ministeren bliver arbejdet sat i gang til foråret, og det vil tage mindst "
        "to år. Mange beboere er ikke tilfredse, fordi de mener, at de ikke er blevet hørt. Hvad der "
        "sker nu, afhænger af kommunen."
    ),
    "no": (
        "Regjeringen la i går fram en ny plan som skal gjøre kollektivtrafikken i hovedstaden bedre. Ifølge "
        "statsråden blir arbeidet satt i gang til våren, og det vil ta minst to år. Mange beboere er ikke "
        "fornøyde, fordi de mener at de ikke har blitt hørt. Hva som skjer nå, er opp til kommunen."
    ),
    "fi": (
        "Hallitus esitteli tiistaina uuden suunnitelman, jonka tarkoituksena on parantaa pääkaupungin "
        "joukkoliikennettä. Vastuuhenkilöiden mukaan työt alkavat keväällä ja kestävät ainakin kaksi vuotta. "
        "Monet asukkaat ovat tyytymättömiä, koska heidän mielestään heitä ei ole kuultu."
    ),
    "et": (
        "Valitsus esitles teisipäeval uut kava, mis peaks parandama pealinna ühistransporti. Ametnike sõnul "
        "algavad tööd kevadel ja kestavad vähemalt kaks aastat. Mitme linnaosa elanikud nõuavad, et enne "
        "projekti heakskiitmist küsitaks ka nende arvamust."
    ),
    "pl": (
        "Rząd przedstawił we wtorek nowy plan poprawy transportu publicznego w stolicy. Według urzędników "
        "prace rozpoczną się wiosną i potrwają co najmniej dwa lata. Mieszkańcy kilku dzielnic domagają się, "
        "aby przed podjęciem decyzji zapytać ich o zdanie."
    ),
    "cs": (
        "Vláda v úterý představila nový plán, který má zlepšit veřejnou dopravu v hlavním městě. Podle "
        "odpovědných úředníků začnou práce na jaře a potrvají nejméně dva roky. Obyvatelé několika čtvrtí "
        "žádají, aby se jich někdo zeptal ještě před tím, než bude projekt schválen."
    ),
    "sk": (
        "Vláda v utorok predstavila nový plán, ktorý má zlepšiť verejnú dopravu v hlavnom meste. Podľa "
        "zodpovedných úradníkov sa práce začnú na jar a potrvajú najmenej dva roky. Obyvatelia viacerých "
        "štvrtí žiadajú, aby sa ich niekto opýtal ešte predtým, ako bude projekt schválený."
    ),
    "hr": (
        "Vlada je u utorak predstavila novi plan za poboljšanje javnog prijevoza u glavnom gradu. Prema "
        "riječima odgovornih, radovi će početi na proljeće i trajat će najmanje dvije godine. Stanovnici "
        "nekoliko četvrti traže da se građane pita za mišljenje prije nego što projekt bude odobren."
    ),
    "sl": (
        "Vlada je v torek predstavila nov načrt za izboljšanje javnega prevoza v glavnem mestu. Po besedah "
        "odgovornih se bodo dela začela spomladi in bodo trajala najmanj dve leti. Prebivalci več četrti "
        "zahtevajo, da se ljudi vpraša za mnenje, preden bo projekt potrjen."
    ),
    "ro": (
        "Guvernul a prezentat marți un nou plan pentru îmbunătățirea transportului public în capitală. "
        "Potrivit responsabililor, lucrările vor începe în primăvară și vor dura cel puțin doi ani. "
        "Locuitorii mai multor cartiere cer ca populația să fie consultată înainte ca proiectul să fie "
        "aprobat."
    ),
    "hu": (
        "A kormány kedden új tervet mutatott be a főváros tömegközlekedésének javítására. A felelősök "
        "szerint a munkálatok tavasszal kezdődnek, és legalább két évig tartanak. Több kerület lakói "
        "azt kérik, hogy a lakosság véleményét is kérjék ki, mielőtt a projektet jóváhagyják."
    ),
    "tr": (
        "Hükümet salı günü başkentteki toplu taşımayı iyileştirmek için yeni bir plan açıkladı. Yetkililere "
        "göre çalışmalar ilkbaharda başlayacak ve en az iki yıl sürecek. Birçok mahallenin sakinleri, proje "
        "onaylanmadan önce halkın görüşünün alınmasını istiyor."
    ),
    "az": (
        "Hökumət çərşənbə axşamı paytaxtda ictimai nəqliyyatın yaxşılaşdırılması üçün yeni plan təqdim edib. "
        "Rəsmilərin sözlərinə görə, işlər yazda başlayacaq və ən azı iki il davam edəcək."
    ),
    "id": (
        "Pemerintah pada hari Selasa mengumumkan rencana baru untuk memperbaiki transportasi umum di "
        "ibu kota. Menurut para pejabat, pekerjaan akan dimulai tahun depan dan berlangsung setidaknya "
        "dua tahun. Warga dari beberapa kelurahan mengatakan bahwa mereka belum diajak berdiskusi, "
        "karena pemerintah ingin proyek tersebut bisa segera disetujui."
    ),
    "tl": (
        "Inihayag ng pamahalaan noong Martes ang isang bagong plano upang mapabuti ang pampublikong "
        "transportasyon sa kabisera. Ayon sa mga opisyal, magsisimula ang mga gawain sa susunod na taon at "
        "tatagal ito nang hindi bababa sa dalawang taon."
    ),
    "sw": (
        "Serikali ilitangaza siku ya Jumanne mpango mpya wa kuboresha usafiri wa umma katika mji mkuu. Kwa "
        "mujibu wa maafisa, kazi hiyo itaanza mwakani na itachukua angalau miaka miwili, lakini wakazi wengi "
        "wanasema kwamba hawakuulizwa maoni yao."
    ),
    "vi": (
        "Chính quyền thành phố hôm thứ Ba đã công bố một kế hoạch mới nhằm cải thiện giao thông công "
        "cộng. Theo các quan chức, công trình sẽ bắt đầu vào mùa xuân và kéo dài ít nhất hai năm. Người "
        "dân ở nhiều quận muốn được hỏi ý kiến trước khi dự án được phê duyệt."
    ),
    "lv": (
        "Valdība otrdien iepazīstināja ar jaunu plānu, kas uzlabos sabiedrisko transportu galvaspilsētā. Kā "
        "norāda atbildīgās amatpersonas, darbi sāksies pavasarī un ilgs vismaz divus gadus."
    ),
    "lt": (
        "Vyriausybė antradienį pristatė naują planą, kaip pagerinti viešąjį transportą sostinėje. Pasak "
        "pareigūnų, darbai prasidės pavasarį ir truks ne mažiau kaip dvejus metus."
    ),
    "sq": (
        "Qeveria paraqiti të martën një plan të ri për përmirësimin e transportit publik në kryeqytet. Sipas "
        "zyrtarëve, punimet do të fillojnë në pranverë dhe do të zgjasin të paktën dy vjet."
    ),
    "ru": (
        "Правительство во вторник представило новый план по улучшению общественного транспорта в столице. По "
        "словам чиновников, работы начнутся весной и продлятся не менее двух лет. Жители нескольких районов "
        "требуют, чтобы с ними посоветовались до того, как проект будет утверждён."
    ),
    "uk": (
        "Уряд у вівторок представив новий план покращення громадського транспорту в столиці. За словами "
        "посадовців, роботи почнуться навесні й триватимуть щонайменше два роки. Мешканці кількох районів "
        "вимагають, щоб із ними порадилися до того, як проєкт буде затверджено."
    ),
    "bg": (
        "Правителството представи във вторник нов план за подобряване на обществения транспорт в столицата. "
        "Според служителите работите ще започнат през пролетта и ще продължат най-малко две години. Жителите "
        "на няколко квартала настояват да бъдат попитани, преди проектът да бъде одобрен."
    ),
    "sr": (
        "Влада је у уторак представила нови план за побољшање јавног превоза у главном граду. Према речима "
        "надлежних, радови ће почети на пролеће и трајаће најмање две године."
    ),
    "mk": (
        "Владата во вторникот претстави нов план за подобрување на јавниот превоз во главниот град. Според "
        "надлежните, работите ќе започнат на пролет и ќе траат најмалку две години."
    ),
    "be": (
        "Урад у аўторак прадставіў новы план паляпшэння грамадскага транспарту ў сталіцы. Паводле слоў "
        "чыноўнікаў, працы пачнуцца вясной і працягнуцца не менш за два гады."
    ),
    "kk": (
        "Үкімет сейсенбі күні астанадағы қоғамдық көлікті жақсарту туралы жаңа жоспар ұсынды. Шенеуніктердің "
        "айтуынша, жұмыстар көктемде басталып, кемінде екі жылға созылады."
    ),
    "el": (
        "Η κυβέρνηση παρουσίασε την Τρίτη ένα νέο σχέδιο για τη βελτίωση των δημόσιων συγκοινωνιών στην "
        "πρωτεύουσα. Σύμφωνα με τους υπεύθυνους, οι εργασίες θα ξεκινήσουν την άνοιξη."
    ),
    "he": (
        "הממשלה הציגה ביום שלישי תוכנית חדשה לשיפור התחבורה הציבורית בבירה. לדברי האחראים, העבודות יתחילו "
        "באביב ויימשכו לפחות שנתיים."
    ),
    "ar": (
        "قدمت الحكومة يوم الثلاثاء خطة جديدة لتحسين النقل العام في العاصمة. وقال المسؤولون إن الأعمال ستبدأ "
        "في الربيع وستستمر لمدة عامين على الأقل. ويطالب سكان عدة أحياء بأن تتم استشارتهم قبل الموافقة على "
        "المشروع."
    ),
    "fa": (
        "دولت روز سه‌شنبه طرح تازه‌ای برای بهبود حمل‌ونقل عمومی در پایتخت ارائه کرد. به گفته مسئولان، کار از "
        "بهار آغاز می‌شود و دست‌کم دو سال طول می‌کشد. ساکنان چند محله می‌خواهند پیش از تصویب طرح، نظر مردم "
        "پرسیده شود."
    ),
    "ur": (
        "حکومت نے منگل کو دارالحکومت میں عوامی ٹرانسپورٹ بہتر بنانے کے لیے نیا منصوبہ پیش کیا۔ حکام کے مطابق "
        "کام بہار میں شروع ہوگا اور کم از کم دو سال تک جاری رہے گا۔"
    ),
    "zh": (
        "政府周二公布了一项改善首都公共交通的新计划。据负责官员介绍，工程将于春季开工，预计至少持续两年。"
        "多个社区的居民要求在项目获批之前征求公众意见。"
    ),
    "ja": (
        "政府は火曜日、首都の公共交通を改善するための新しい計画を発表した。担当者によると、工事は春に始まり、"
        "少なくとも二年間続く見通しだ。"
    ),
    "ko": (
        "정부는 화요일 수도의 대중교통을 개선하기 위한 새로운 계획을 발표했다. 담당자들에 따르면 공사는 봄에 "
        "시작되어 최소 2년 동안 이어질 예정이다."
    ),
    "hi": "सरकार ने मंगलवार को राजधानी में सार्वजनिक परिवहन को बेहतर बनाने के लिए नई योजना पेश की।",
    "bn": "সরকার মঙ্গলবার রাজধানীর গণপরিবহন উন্নত করার জন্য একটি নতুন পরিকল্পনা ঘোষণা করেছে।",
    "ta": "அரசு செவ்வாய்க்கிழமை தலைநகரின் பொதுப் போக்குவரத்தை மேம்படுத்த புதிய திட்டத்தை அறிவித்தது.",
    "th": "รัฐบาลได้ประกาศแผนใหม่เพื่อปรับปรุงระบบขนส่งสาธารณะในเมืองหลวง",
    "ka": "მთავრობამ სამშაბათს დედაქალაქში საზოგადოებრივი ტრანსპორტის გაუმჯობესების ახალი გეგმა წარადგინა.",
    "hy": "Կառավարությունը երեքշաբթի օրը ներկայացրեց մայրաքաղաքի հասարակական տրանսպորտի բարելավման նոր ծրագիր։",
}


@pytest.mark.parametrize("code", sorted(SAMPLES))
def test_detects_each_sample(code: str) -> None:
    detected, confidence = detect_language(SAMPLES[code])
    assert detected == code
    assert 0.5 <= confidence <= 1.0


@pytest.mark.parametrize(
    "group",
    [
        ("ru", "uk", "bg"),
        ("es", "pt", "it", "ca"),
        ("da", "no", "sv"),
        ("cs", "sk"),
        ("hr", "sl"),
        ("sr", "mk"),
        ("ar", "fa", "ur"),
        ("tr", "az"),
        ("fi", "et"),
        ("lv", "lt"),
    ],
)
def test_close_languages_are_told_apart(group: tuple[str, ...]) -> None:
    assert [detect_language(SAMPLES[code])[0] for code in group] == list(group)


def test_english_news_is_confident() -> None:
    code, confidence = detect_language(SAMPLES["en"])
    assert code == "en"
    assert confidence >= 0.9


@pytest.mark.parametrize("text", ["", "   \n\t ", "2024 - 17.5% (3/4)", "!!! ... ### --- ***", "12 345 678"])
def test_no_letters_gives_none(text: str) -> None:
    assert detect_language(text) == (None, 0.0)


def test_single_word_has_low_confidence() -> None:
    code, confidence = detect_language("Hello")
    assert code in (None, "en")
    assert confidence < 0.3


def test_confidence_grows_with_length() -> None:
    short = detect_language("The report was published on Monday.")
    long = detect_language(SAMPLES["en"])
    assert short[0] == long[0] == "en"
    assert short[1] < long[1]


def test_mixed_text_majority_wins() -> None:
    text = SAMPLES["en"] + " El alcalde dijo que la decisión es definitiva. " + SAMPLES["en"]
    code, confidence = detect_language(text)
    assert code == "en"
    assert confidence >= 0.8


def test_mixed_scripts_majority_wins() -> None:
    text = SAMPLES["ru"] + " The minister declined to comment."
    assert detect_language(text)[0] == "ru"
    assert detect_language(SAMPLES["en"] + " Министр отказался от комментариев.")[0] == "en"


def test_urls_and_markdown_are_ignored() -> None:
    urls = " ".join(["https://www.example.de/der/die/das/und", "www.ejemplo.es/el-de-la-que"] * 10)
    text = f"# Breaking\n\n**{SAMPLES['en']}** [source]({urls}) _see_ {urls}\n\n> - a note on the vote\n"
    code, confidence = detect_language(text)
    assert code == "en"
    assert confidence >= 0.9


def test_japanese_needs_kana_chinese_does_not() -> None:
    assert detect_language("東京で新しい計画が発表された")[0] == "ja"
    assert detect_language("北京发布新的交通计划")[0] == "zh"


def test_decomposed_unicode_is_normalised() -> None:
    decomposed = unicodedata.normalize("NFD", SAMPLES["vi"])
    assert decomposed != SAMPLES["vi"]
    assert detect_language(decomposed)[0] == "vi"


def test_long_english_text() -> None:
    text = (SAMPLES["en"] + " ") * 17
    assert len(text) >= 5000
    code, confidence = detect_language(text[:5000])
    assert code == "en"
    assert confidence >= 0.95


def test_only_the_head_of_a_very_long_text_is_read() -> None:
    text = SAMPLES["en"] * 80 + SAMPLES["de"] * 200
    assert detect_language(text)[0] == "en"


def test_confidence_is_in_range_for_all_samples() -> None:
    for text in SAMPLES.values():
        for chunk in (text, text[:12], text[:40]):
            _, confidence = detect_language(chunk)
            assert 0.0 <= confidence <= 1.0
