"""Fast, dependency-free language identification for news text.

The script of the letters settles most languages outright (Greek, Hebrew, Thai, Korean ...). Within the
Latin, Cyrillic and Arabic scripts every candidate language is scored by the share of word tokens found in
its short list of very frequent function words, plus a bonus for letters typical of its alphabet and a
penalty for letters its alphabet lacks. Only the first ~20,000 characters are read, and scripts and letter
counts come from an evenly spaced sample of them, so the cost per call is bounded.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from functools import cache
from math import exp

__all__ = ["detect_language"]

_MAX_CHARS = 20_000
_MIN_LETTERS = 3
# Scripts and letter frequencies are read from about this many evenly spaced characters: plenty for a
# majority vote, and it keeps long texts as cheap as short ones.
_CHAR_SAMPLE = 600
# One typical or foreign letter counts as half a function-word token.
_LETTER_WEIGHT = 0.5
# Han, kana and Hangul characters carry roughly a syllable or a word each, so they outweigh alphabet letters.
_DENSE_WEIGHT = 3
# A Japanese text keeps a clear share of kana even in kanji-heavy headlines; Chinese has almost none.
_KANA_SHARE_FOR_JA = 0.05

_URL_MARKERS = ("://", "www.")
_SPACE_RE = re.compile(r"\s")
# str.split() plus these is several times faster than a Unicode-aware regex tokenizer.
_WORD_BREAKS = "'’-‐–—/."
_EDGE_PUNCTUATION = '!"#$%&()*+,:;<=>?@[\\]^_`{|}~«»“”„‟‘‚‛‹›…·•¡¿،؛؟۔。，、！？：；「」『』（）《》【】'

# (first code point, end code point exclusive, script); sorted and non-overlapping.
_SCRIPT_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0000, 0x0300, "latin"),
    (0x0370, 0x0400, "greek"),
    (0x0400, 0x0530, "cyrillic"),
    (0x0530, 0x0590, "armenian"),
    (0x0590, 0x0600, "hebrew"),
    (0x0600, 0x0700, "arabic"),
    (0x0750, 0x0780, "arabic"),
    (0x0780, 0x07C0, "thaana"),
    (0x08A0, 0x0900, "arabic"),
    (0x0900, 0x0980, "devanagari"),
    (0x0980, 0x0A00, "bengali"),
    (0x0A00, 0x0A80, "gurmukhi"),
    (0x0A80, 0x0B00, "gujarati"),
    (0x0B00, 0x0B80, "oriya"),
    (0x0B80, 0x0C00, "tamil"),
    (0x0C00, 0x0C80, "telugu"),
    (0x0C80, 0x0D00, "kannada"),
    (0x0D00, 0x0D80, "malayalam"),
    (0x0D80, 0x0E00, "sinhala"),
    (0x0E00, 0x0E80, "thai"),
    (0x0E80, 0x0F00, "lao"),
    (0x0F00, 0x1000, "tibetan"),
    (0x1000, 0x10A0, "myanmar"),
    (0x10A0, 0x1100, "georgian"),
    (0x1100, 0x1200, "hangul"),
    (0x1200, 0x13A0, "ethiopic"),
    (0x1780, 0x1800, "khmer"),
    (0x1C90, 0x1CC0, "georgian"),
    (0x1E00, 0x1F00, "latin"),
    (0x1F00, 0x2000, "greek"),
    (0x3040, 0x3100, "kana"),
    (0x3130, 0x3190, "hangul"),
    (0x31F0, 0x3200, "kana"),
    (0x3400, 0x4DC0, "han"),
    (0x4E00, 0xA000, "han"),
    (0xA960, 0xA980, "hangul"),
    (0xAC00, 0xD800, "hangul"),
    (0xF900, 0xFB00, "han"),
    (0xFB1D, 0xFB50, "hebrew"),
    (0xFB50, 0xFE00, "arabic"),
    (0xFE70, 0xFF00, "arabic"),
    (0xFF66, 0xFFA0, "kana"),
    (0x20000, 0x2FA20, "han"),
)
_SCRIPT_STARTS = [start for start, _, _ in _SCRIPT_RANGES]

# Scripts used by one language only (as far as news goes); Devanagari and Bengali default to the largest.
_SINGLE_SCRIPT_LANGUAGE = {
    "greek": "el",
    "armenian": "hy",
    "hebrew": "he",
    "thaana": "dv",
    "devanagari": "hi",
    "bengali": "bn",
    "gurmukhi": "pa",
    "gujarati": "gu",
    "oriya": "or",
    "tamil": "ta",
    "telugu": "te",
    "kannada": "kn",
    "malayalam": "ml",
    "sinhala": "si",
    "thai": "th",
    "lao": "lo",
    "tibetan": "bo",
    "myanmar": "my",
    "georgian": "ka",
    "ethiopic": "am",
    "khmer": "km",
    "hangul": "ko",
}

_VIETNAMESE_LETTERS = "ơưđ" + "".join(chr(cp) for cp in range(0x1EA1, 0x1EFA, 2))

# (code, function words, typical letters, letters the alphabet lacks). Order breaks exact ties.
_LATIN: tuple[tuple[str, str, str, str], ...] = (
    (
        "en",
        "the of and to a in is that for on it with as was at by he she they his her their its be are "
        "were been being has have had not but from or an this these those which who whom will would can "
        "could should may might said says also after more about than up out into over new one two we "
        "you our your there what when where if all so no i me him them us do does did just then because "
        "while s t",
        "",
        "",
    ),
    (
        "es",
        "el la los las de del que y en un una unos unas por con para es son fue fueron ha han había se "
        "no lo le les al a como más pero sus su ya o este esta estos estas ese esa eso entre cuando muy "
        "sin sobre también me hasta hay donde quien desde todo todos nos durante uno ni contra otros "
        "otra otro ante ellos ellas él ella esto antes algunos qué porque sí yo tras según mientras "
        "aunque está están ser sido cual e u",
        "ñ",
        "ãõçàèêâôòœ",
    ),
    (
        "fr",
        "le la les l de des du d un une et à en est que qu qui pour dans sur par au aux avec ce cet "
        "cette ces il elle ils elles ne n pas plus son sa ses leur leurs a été être sont ont se s ou "
        "mais comme aussi tout tous après avant entre sans sous lors dont où y on nous vous je j c "
        "selon depuis contre fait était déjà encore très peut quand lui même",
        "œûë",
        "ñãõìß",
    ),
    (
        "de",
        "der die das den dem des und in im zu zum zur von vom mit sich auf für ist nicht ein eine einen "
        "einem einer eines als auch es an am er hat haben aus bei sie nach wird werden wurde wurden "
        "noch wie über so um aber vor nur oder sind war waren sein kann bis durch mehr gegen seit sowie "
        "ihre ihr ihren diese dieser dieses wenn dass unter man ich wir sei schon sehr hatte hatten",
        "ß",
        "ñçãåøæ",
    ),
    (
        "pt",
        "o a os as de do da dos das que e em no na nos nas um uma uns umas para por pelo pela pelos "
        "pelas com não mais se como mas foi foram é são ao aos à às ele ela eles elas seu sua seus suas "
        "ou ser quando muito há já está estão eu também só até isso isto entre era depois sem mesmo ter "
        "tem têm quem me esse essa este esta num numa nem qual será nós lhe disse segundo ainda onde "
        "porque após sobre",
        "ãõ",
        "ñòèœ",
    ),
    (
        "it",
        "il lo la i gli le l di a da in con su per tra fra un uno una e ed è che non si ha hanno sono "
        "del dello della dei degli delle al allo alla ai agli alle dal dalla dai nel nello nella nei "
        "negli nelle sul sulla sui come più ma anche questo questa questi quello quella suo sua suoi "
        "sue loro ci ne se o essere stato stata stati era erano già dopo molto tutti tutto quando "
        "perché secondo ancora mentre dell all nell sull dall",
        "ìù",
        "ñãõçêôœ",
    ),
    (
        "nl",
        "de het een en van in is dat op te zijn voor met die niet aan er om ook als bij door maar naar "
        "uit dan wordt worden werd werden nog over tot al deze dit was hij zij ze wij we haar hun zich "
        "heeft hebben had kan moet zal zou meer geen wel tegen na omdat toen waar wat of ik jij u hem "
        "ons onze volgens tussen",
        "",
        "ßñåøæ",
    ),
    (
        "ca",
        "el la els les l de d del dels que i a en un una per amb no es s és són va van ser ha han al "
        "als com més però seu seva seus seves o aquest aquesta aquests aquestes també hi ho molt fins "
        "sobre quan entre pel pels tot tots li ens ja jo ell ella ells elles nosaltres perquè on sense "
        "després abans encara n m mateix era eren segons",
        "",
        "ñãõùìœ",
    ),
    (
        "sv",
        "och i att det som en på är av för med till den har de inte om ett han men var jag sig från vi "
        "så kan man när år säger sa hon under också efter eller nu sin sina där vid mot ska skulle "
        "kommer ut får finns vara hade alla andra mycket än här då sedan över bara in blir blev blivit "
        "upp även vad två dem detta ha utan deras vilket hur eftersom enligt mellan dessa denna sitt",
        "äö",
        "æø",
    ),
    (
        "da",
        "og i at det som en på er af for med til den har de ikke om et han men var jeg sig fra vi så kan man"
        " når år siger sagde hun under også efter eller nu sin sine der ved mod skal skulle kommer ud får"
        " findes være havde alle andre meget end her da siden over kun ind bliver blev blevet op selv hvad to"
        " dem dette disse denne have uden deres hvilket hvordan hvor fordi ifølge mellem sit hans hendes",
        "æø",
        "äö",
    ),
    (
        "no",
        "og i at det som en på er av for med til den har de ikke om et han men var jeg seg fra vi så kan man"
        " når år sier sa hun under også etter eller nå sin sine der ved mot skal skulle kommer ut får finnes"
        " være hadde alle andre mye enn her da siden over bare inn blir ble blitt opp selv hva to dem dette"
        " disse denne ha uten deres hvilket hvordan hvor fordi ifølge mellom sitt hans hennes å",
        "æø",
        "äö",
    ),
    (
        "fi",
        "ja on ei että se oli kun hän mitä niin mutta joka jotka sen tai myös jälkeen ole olivat oma he "
        "me kaikki vielä yli jo sitten siellä pitää voi kuitenkin vain enää mikä siitä koska missä ovat "
        "olla tämä tämän joita mukaan kanssa vuonna nyt kuin jos sekä ennen eikä heidän hänen minä sinä "
        "olisi ollut",
        "äö",
        "åæøõüßç",
    ),
    (
        "et",
        "ja on ei et see ka oli kui ta mis nii aga kes seda selle või ning pärast ole olid oma tema nad "
        "me meie kõik veel üle juba siis välja seal peab võib kuid vaid enam mida sellest ainult sest "
        "kus aasta oleks olnud tuleb mitte nagu kas mina sina neid",
        "õ",
        "åæø",
    ),
    (
        "pl",
        "i w z na się nie do to że jest o a jak po co ale od za przez dla tak już tym jego jej ich są "
        "był była było być może przy tylko także oraz który która które którzy lub gdy czy jednak "
        "jeszcze bardzo ten ta te tego tej też pod nad przed między ze we mu go nas was sobie został "
        "została według",
        "łżśąęćńź",
        "řůěčšžťďľ",
    ),
    (
        "cs",
        "a v se na je že s z do o to k i jako ale by pro jsou jsem jsme jeho její jejich které který která"
        " kteří podle po také už jen od při nebo však bylo byl byla být mezi když tak ve ze ke ještě této"
        " tento tato toto aby než již řekl uvedl mu jak za co své svou tím tu bude proti",
        "řůě",
        "ľĺŕôäłąę",
    ),
    (
        "sk",
        "a v sa na je že s z do o to k i ako ale by pre sú som sme jeho jej ich ktoré ktorý ktorá ktorí "
        "podľa po tiež už len od pri alebo však bolo bol bola byť medzi keď tak vo zo ku ešte tejto "
        "tento táto toto aby než povedal uviedol mu za čo svoje svoju tým tu bude proti",
        "ľĺŕôä",
        "řůěłąę",
    ),
    (
        "sl",
        "in v je se na za da so od s z o a ki ne to kot iz po bo bodo bi biti bil bila bilo ali še samo "
        "ni vse več kako ker ko kjer med že tudi pa tem ta smo sem jih jim njegov ter saj tako če zato "
        "danes lahko pri do",
        "",
        "ćđ",
    ),
    (
        "hr",
        "i u je se na za da su od s sa o a koji koja koje kojeg ne to kao iz po će bi biti bio bila bilo ali"
        " ili još samo nije prema te sve više kako jer nakon kada gdje među već ovo ovaj ova taj tijekom"
        " također godine ima smo sam njegov njihov zbog tako do pri prije poslije dvije tko što",
        "ćđ",
        "",
    ),
    (
        "sr",
        "i u je se na za da su od sa o a koji koja koje kojeg ne to kao iz po će bi biti bio bila bilo "
        "ali ili još samo nije prema te sve više kako jer nakon kada gde među već ovo ovaj ova taj "
        "tokom takođe godine ima smo sam njegov njihov zbog tako do pri pre posle dve ko šta",
        "ćđ",
        "",
    ),
    (
        "ro",
        "și şi în de la a pe cu că nu se din este o un al ale ai să care mai pentru au fost prin sunt ca dar"
        " sau după despre între acest această acesta acestea lui ei lor el ea fi foarte până doar însă iar"
        " dacă când unde fără sa sale său avea are",
        "ăîșțţş",
        "",
    ),
    (
        "hu",
        "a az és hogy nem is egy meg van volt csak de mint már el ki be le fel még ha vagy pedig azt "
        "ezt ez után között szerint alatt miatt mert amely amelyek aki akik ahol amikor kell lesz lett "
        "voltak vannak nagyon sem azonban majd most több minden itt ott neki őket ő",
        "őű",
        "ñçãõäåøß",
    ),
    (
        "tr",
        "ve bu bir da de ile için olan olarak o onun onlar biz siz ben ama ancak daha çok sonra önce "
        "gibi kadar ise her böyle artık hem ya veya ediyor oldu olduğu olduğunu değil mi en bunun şu ki "
        "diye göre ilgili tarafından yılında kendi çünkü şey şimdi",
        "ığş",
        "ə",
    ),
    (
        "az",
        "və bu bir ki da də ilə üçün olan olaraq o onun onlar biz siz mən amma lakin daha çox sonra "
        "əvvəl kimi qədər isə hər belə artıq həm ya yaxud edir oldu olub deyil ilk görə tərəfindən ildə "
        "öz çünki şey indi bildirib",
        "ə",
        "",
    ),
    (
        "uz",
        "va bu bir bilan uchun ham esa u ular biz siz men lekin ammo yana juda keyin oldin kabi qadar har"
        " shunday endi yoki edi emas deb haqida orqali tomonidan bo yil mumkin kerak uning ularning",
        "ʻ",
        "",
    ),
    (
        "id",
        "yang dan di ini itu dengan untuk tidak dari dalam akan pada juga ke karena tersebut bisa ada "
        "oleh mereka kami kita saya sudah telah atau seperti lebih hanya belum masih jika kalau bahwa "
        "setelah saat sebagai tetapi namun harus dapat adalah para kepada menjadi sangat secara tak "
        "sejak sampai agar",
        "",
        "",
    ),
    (
        "ms",
        "yang dan di ini itu dengan untuk tidak dari dalam akan pada juga ke kerana tersebut boleh ada oleh"
        " mereka kami kita saya sudah telah atau seperti lebih hanya belum masih jika kalau bahawa selepas"
        " semasa sebagai tetapi namun perlu dapat adalah para kepada menjadi amat secara tak sejak sehingga"
        " supaya ialah daripada beliau",
        "",
        "",
    ),
    (
        "tl",
        "ang ng sa na mga at ay si ni ko mo siya niya ito iyon hindi may mayroon para kay kung pero "
        "dahil nang ka kami tayo sila nila namin natin din rin lang pa ba po raw daw noong habang upang "
        "kanyang kanilang ayon dito doon",
        "",
        "",
    ),
    (
        "sw",
        "na ya wa kwa ni za la katika kuwa hiyo huo hilo au lakini pia kama hii hizo yake wake zao wao yeye"
        " sisi mimi wewe ambao ambayo ambaye baada kabla zaidi kutoka hadi bado tu sana kila cha vya hata"
        " alisema kwamba",
        "",
        "",
    ),
    (
        "vi",
        "và của là có không được cho những các một người trong này đã với để khi đến từ theo cũng như năm thì"
        " sẽ ra lại vào tại nhưng đó nhiều hơn bị đang rằng sau nếu vì chỉ ông bà họ chúng tôi anh nó mà nên"
        " còn về trên",
        _VIETNAMESE_LETTERS,
        "",
    ),
    (
        "lv",
        "un ir ar uz par kas no to ka bet vai arī lai tā tas šī šis viņš viņa viņi mēs jūs es bija būs tikai"
        " pēc pie līdz kā jau vēl ļoti kad kur savu sava tiek tika nav gadā gada var starp kurš kura kuru",
        "āēīģķļņ",
        "ąęėįųõ",
    ),
    (
        "lt",
        "ir yra kad su į iš ne bet o tai jis ji jie mes jūs aš buvo bus tik po prie iki kaip jau dar "
        "labai kai kur savo taip nuo apie už per tačiau arba šis ši tas kuris kuri kurie nėra metų gali "
        "tarp dėl",
        "ąęėįų",
        "āēīģķļņõ",
    ),
    (
        "sq",
        "dhe në të e i një për me që nga nuk se është ka kanë u do ky kjo këtë ai ajo ata por si edhe më pas"
        " mbi deri ishte janë duke tij saj tyre ose shumë kur ku sipas gjatë prej kishte",
        "ë",
        "",
    ),
)

_CYRILLIC_FOREIGN = "ђћџљњјѓќѕәғқңөұүһ"
_CYRILLIC: tuple[tuple[str, str, str, str], ...] = (
    (
        "ru",
        "и в во не на что с со по как это он она оно они а к ко из у за о об от то но же для его её ее "
        "так все всё был была было были бы мы вы ещё еще при уже до или если только также после через "
        "может который которые которая которого года чтобы между будет этого этом этот эти этой нет да "
        "их ему им сейчас где когда даже свой своих",
        "ыэё",
        "іїєґў" + _CYRILLIC_FOREIGN,
    ),
    (
        "uk",
        "і й та в у не на що з із зі по як це він вона воно вони а до за о про від але ж же для його її "
        "так все усе був була було були б би ми ви ще при вже або якщо тільки також після через може "
        "який які яка якого року щоб між буде цього цьому цей ця ці немає де коли навіть свій своїх їх "
        "йому їм зараз",
        "іїєґ",
        "ыэёъў" + _CYRILLIC_FOREIGN,
    ),
    (
        "bg",
        "и в във не на че с със по как това той тя то те а към от за о но да е са се ще би бил била "
        "било бяха беше при вече до или ако само също след чрез може който които която което година "
        "между този тази тези като ги го му й им ни ви ли когато където още",
        "ъ",
        "ыэёіїєґў" + _CYRILLIC_FOREIGN,
    ),
    (
        "sr",
        "и у не на да је се су са по као то он она они а из од за о али што ће би био била било при већ "
        "до или ако само такође после кроз може који које која године између овај ова ово када где још "
        "због према његов њихов",
        "ђћџљњј",
        "ыэъщйяюёьіїєґўѓќѕәғқңөұүһ",
    ),
    (
        "mk",
        "и во не на дека со по како тоа тој таа тие а од за но да е се ќе би беше при веќе до или ако "
        "само исто така преку може кој кои која што година меѓу овој оваа ова ги го му ја им кога каде "
        "уште според",
        "ѓќѕџљњј",
        "ђћыэъщйяюёьіїєґўәғқңөұүһ",
    ),
    (
        "be",
        "і ў у не на што з са па як гэта ён яна яно яны а да за аб ад але ж для яго яе так усе усё быў была"
        " было былі б мы вы яшчэ пры ўжо або калі толькі таксама пасля праз можа які якія якая года каб паміж"
        " будзе гэтага гэты гэтая дзе нават свой іх яму",
        "ўі",
        "ищъїєґ" + _CYRILLIC_FOREIGN,
    ),
    (
        "kk",
        "және мен да де бен пен бұл ол осы бар жоқ деп үшін бойынша туралы емес болып болды еді ғана сияқты"
        " тағы арқылы кейін дейін бірақ біз сіз олар оның мұнда қазір ал немесе тек өз жылы сондай",
        "әғқңөұүһі",
        "ўїєґђћџљњјѓќѕ",
    ),
)

_ARABIC: tuple[tuple[str, str, str, str], ...] = (
    (
        "ar",
        "في من على إلى الى أن ان إن عن مع هذا هذه التي الذي الذين كان كانت قد لا ما لم لن أو ثم بين بعد قبل"
        " كل حيث منذ وقال قال وفي ومن غير أي عند خلال ضد حتى",
        "ةيكى",
        "پچژگیکٹڈڑےںھ",
    ),
    (
        "fa",
        "و در به از که این را با است برای آن یک خود تا بر هم نیز شده می ها شد بود کرد کرده دارد اما یا پس هر"
        " ای وی او ما شود باید همه بین پیش",
        "پچژگیک",
        "ةٹڈڑےںھ",
    ),
    (
        "ur",
        "کے کی کا میں ہے اور کو سے نے پر یہ کہ ہیں تھا تھی تھے بھی گیا ہو جو اس ان وہ ایک لیے کر رہے",
        "ٹڈڑےںھۓہ",
        "ة",
    ),
)


class _Group:
    """The languages sharing one script, with a word index and letter weights."""

    __slots__ = ("codes", "index", "is_member", "letter_weights")

    def __init__(
        self, specs: tuple[tuple[str, str, str, str], ...], is_member: Callable[[str], bool]
    ) -> None:
        self.codes = tuple(code for code, _, _, _ in specs)
        self.is_member = is_member
        index: dict[str, list[int]] = {}
        weights: dict[str, list[tuple[int, float]]] = {}
        for i, (_, words, typical, foreign) in enumerate(specs):
            for word in set(words.split()):
                index.setdefault(word, []).append(i)
            for ch in typical:
                weights.setdefault(ch, []).append((i, _LETTER_WEIGHT))
            for ch in foreign:
                weights.setdefault(ch, []).append((i, -_LETTER_WEIGHT))
        self.index = {word: tuple(langs) for word, langs in index.items()}
        self.letter_weights = {ch: tuple(pairs) for ch, pairs in weights.items()}


def _is_latin(ch: str) -> bool:
    return ch < "\u0300" or "\u1e00" <= ch < "\u1f00"


def _is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch < "\u0530"


def _is_arabic(ch: str) -> bool:
    return "\u0600" <= ch < "\u0900" or ch >= "\ufb50"


@cache
def _groups() -> dict[str, _Group]:
    return {
        "latin": _Group(_LATIN, _is_latin),
        "cyrillic": _Group(_CYRILLIC, _is_cyrillic),
        "arabic": _Group(_ARABIC, _is_arabic),
    }


def _script_of(ch: str) -> str | None:
    # The two largest blocks first: a Chinese or Korean text has hundreds of distinct characters.
    if "\u4e00" <= ch < "\ua000":
        return "han"
    if "\uac00" <= ch < "\ud7b0":
        return "hangul"
    cp = ord(ch)
    i = bisect_right(_SCRIPT_STARTS, cp) - 1
    if i >= 0 and cp < _SCRIPT_RANGES[i][1]:
        return _SCRIPT_RANGES[i][2]
    return None


def _drop_urls(text: str) -> str:
    """`text` without the whitespace-delimited tokens that contain "://" or "www."."""
    kept: list[str] = []
    pos = 0
    hits = [text.find(marker) for marker in _URL_MARKERS]
    while True:
        # A marker not found again (-1) stays gone; one left behind `pos` is searched for afresh.
        hits = [
            text.find(marker, pos) if 0 <= hit < pos else hit
            for hit, marker in zip(hits, _URL_MARKERS, strict=True)
        ]
        found = [hit for hit in hits if hit >= 0]
        if not found:
            break
        start = min(found)
        while start > pos and not text[start - 1].isspace():
            start -= 1
        kept.append(text[pos:start])
        space = _SPACE_RE.search(text, start)
        pos = space.start() if space else len(text)
    kept.append(text[pos:])
    return " ".join(kept)


def _saturate(amount: float, scale: float) -> float:
    """0 for no evidence, approaching 1 as `amount` grows past a few `scale`s."""
    return 1.0 - exp(-amount / scale)


def detect_language(text: str) -> tuple[str | None, float]:
    """ISO 639-1 code and a confidence in [0, 1]; (None, 0.0) when the text has too few letters to tell."""
    if not text:
        return None, 0.0
    # "İ".lower() would leave a combining dot that splits Turkish words.
    sample = text[:_MAX_CHARS].replace("İ", "i").lower()
    if not unicodedata.is_normalized("NFC", sample):
        sample = unicodedata.normalize("NFC", sample)
    if "://" in sample or "www." in sample:
        sample = _drop_urls(sample)

    step = len(sample) // _CHAR_SAMPLE + 1
    letters = Counter({ch: count * step for ch, count in Counter(sample[::step]).items() if ch.isalpha()})
    per_script: dict[str, int] = {}
    for ch, count in letters.items():
        script = "latin" if ch < "\x80" else _script_of(ch)
        if script is not None:
            per_script[script] = per_script.get(script, 0) + count

    kana = per_script.pop("kana", 0)
    cjk = per_script.pop("han", 0) + kana
    hangul = per_script.get("hangul", 0)
    if letters.total() + (_DENSE_WEIGHT - 1) * (cjk + hangul) < _MIN_LETTERS:
        return None, 0.0
    votes = per_script
    if cjk:
        votes["cjk"] = cjk * _DENSE_WEIGHT
    if hangul:
        votes["hangul"] = hangul * _DENSE_WEIGHT
    if not votes:
        return None, 0.0

    script, weight = max(votes.items(), key=lambda item: item[1])
    share = weight / sum(votes.values())
    if script == "cjk":
        code = "ja" if kana >= _KANA_SHARE_FOR_JA * cjk else "zh"
        return code, round(share * _saturate(weight, 10.0), 3)
    groups = _groups()
    if script in groups:
        return _score_group(groups[script], sample, letters, share)
    if script in _SINGLE_SCRIPT_LANGUAGE:
        return _SINGLE_SCRIPT_LANGUAGE[script], round(share * _saturate(weight, 10.0), 3)
    return None, 0.0


def _score_group(group: _Group, sample: str, letters: Counter[str], share: float) -> tuple[str, float]:
    for ch in _WORD_BREAKS:
        sample = sample.replace(ch, " ")
    scores = [0.0] * len(group.codes)
    n_tokens = 0
    for raw, count in Counter(sample.split()).items():
        token = raw.strip(_EDGE_PUNCTUATION)
        if not token.isalpha() or not group.is_member(token[0]):
            continue
        n_tokens += count
        for i in group.index.get(token, ()):
            scores[i] += count
    for ch, count in letters.items():
        for i, weight in group.letter_weights.get(ch, ()):
            scores[i] += weight * count

    # sorted() is stable, so exact ties go to the language listed first.
    ranked = sorted(range(len(scores)), key=lambda i: -scores[i])
    best, runner_up = scores[ranked[0]], max(scores[ranked[1]], 0.0)
    if best <= 0 or n_tokens == 0:
        # Right script but no function word or telling letter: guess the group's main language, barely.
        return group.codes[0], round(0.1 * share * _saturate(n_tokens, 6.0), 3)
    # The lead is in token units (how many tokens separate the two best); a text in an unlisted language
    # matches a few function words by accident, so a low coverage of the best list also lowers confidence.
    coverage = min(1.0, best / n_tokens / 0.15) ** 0.5
    return group.codes[ranked[0]], round(share * coverage * _saturate(best - runner_up, 3.0), 3)
