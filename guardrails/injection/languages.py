"""Instructions aimed at a model, in the languages other than English that enterprise documents come in.

The English rules look for structure ("ignore" + whose rules + "instructions"); an attacker who writes in
German or Japanese gets past them, and the sentence classifier (an English embedding model) barely reads
those languages. These patterns cover the commonest shapes in thirteen languages: telling the reader
to set its instructions aside; a note addressed to an AI, or to any AI that reads the text, by a word that
names nothing else ("KI", "IA", "ИИ", "人工智能"; "assistant" alone names people too, so it needs the AI
qualifier); "if you are a language model, ..."; and a persona handed over ("from now on you are «X»").

The patterns are written in each language's own letters; `fold` passes them through the same look-alike
table the detector folds text with, so a Russian pattern still matches Russian text after Cyrillic letters
that look Latin have been folded.
"""

from __future__ import annotations

import re

from guardrails.ip.marks import CONFUSABLES

_FOLD = str.maketrans(CONFUSABLES)
_END = r"[^.!?;\n。！？]"  # within one sentence

# Per language: verbs of setting aside, what is set aside (a model's instructions), words that name an AI.
_LANGS: dict[str, tuple[str, str, str]] = {
    "de": (r"ignorier\w*|vergiss|vergessen sie|missacht\w*|übergeh\w*|hör\w* nicht mehr auf|befolge\w* nicht mehr",
           r"anweisung\w*|instruktion\w*|regeln|vorgaben|richtlinien|system-?prompts?|systemanweisung\w*|befehle",
           r"ki\b|ki-\w+|künstliche\w* intelligenz|chatbots?|sprachmodell\w*|llms?"),
    "es": (r"ignora\w*|olvida\w*|olvídate de|haz caso omiso de|no hagas caso a|desatiende\w*|pasa por alto|descarta\w*",
           r"instrucciones|reglas|indicaciones|directrices|normas|órdenes|prompt del sistema|mensaje del sistema",
           r"ia\b|inteligencia artificial|asistente (?:virtual|de ia|ia)|chatbots?|modelo de lenguaje|sistema automatizado"),
    # "ignore" and "instructions" are English too: the French object needs a French determiner.
    "fr": (r"ignore\w*|oublie\w*|ne tiens? (?:pas|plus) compte d\w*|fais abstraction d\w*|passe outre",
           (r"(?:les|tes|vos|ces|des|toutes les) (?:\w+ )?(?:instructions|directives|consignes|règles)|consignes"
            r"|règles|prompt système|message système"),
           r"ia\b|intelligence artificielle|assistant (?:ia|virtuel)|chatbots?|modèle de langage|système automatisé"),
    "pt": (r"ignor[ae]\w*|esque[çc]a\w*|desconsider\w*|despreze\w*|não sig[ae]\w* mais",
           r"instruç(?:ões|ão)|regras|diretrizes|orientações|comandos|prompt do sistema",
           r"ia\b|inteligência artificial|assistente (?:virtual|de ia|ia)|chatbots?|modelo de linguagem"),
    "it": (r"ignora\w*|dimentica\w*|non considerare|trascura\w*|non seguire più",
           r"istruzioni|regole|direttive|indicazioni|prompt di sistema",
           r"ia\b|intelligenza artificiale|assistente (?:virtuale|ia|di ia)|chatbots?|modello linguistico"),
    "nl": (r"negeer\w*|vergeet|volg niet langer",
           r"instructies|regels|richtlijnen|opdrachten|systeemprompt",
           r"ai\b|ai-\w+|kunstmatige intelligentie|chatbots?|taalmodel\w*"),
    "pl": (r"zignoruj\w*|ignoruj\w*|zapomnij\w*|pomiń\w*|nie stosuj się do",
           r"instrukcj\w*|polece\w*|zasad\w*|reguł\w*|wytyczn\w*",
           r"ai\b|si\b|sztuczn\w* inteligencj\w*|chatbot\w*|model\w* językow\w*|asystent\w* (?:ai|si)"),
    "sv": (r"ignorera|glöm|bortse från|strunta i",
           r"instruktioner\w*|regler\w*|riktlinjer\w*|direktiv\w*",
           r"ai\b|ai-\w+|artificiell intelligens|chattbott\w*|språkmodell\w*"),
    "tr": (r"yok say\w*|görmezden gel\w*|unut\w*|dikkate alma\w*",
           r"talimat\w*|kural\w*|yönerge\w*|komut\w*",
           r"yapay zeka\w*|yapay zekâ\w*|sohbet botu\w*|dil modeli\w*"),
    "ru": (r"игнорируй\w*|проигнорируй\w*|забудь\w*|не обращай внимания на|отбрось\w*|пренебреги\w*|не следуй\w*",
           r"инструкци\w*|правил\w*|указани\w*|ограничени\w*|системн\w* (?:промпт|подсказк|сообщени)\w*|команд\w*",
           r"ии\b|искусственн\w* интеллект\w*|нейросет\w*|языков\w* модел\w*|чат-?бот\w*"),
}

# Languages written without spaces: verb and object in either order, a few characters apart.
_CJK_OVERRIDE = (
    r"(?:忽略|无视|無視|忽视|忽視|不要理会|不要理會|忘记|忘記|忘掉|抛开|拋開)" + _END + r"{0,12}?"
    r"(?:指令|指示|说明|說明|规则|規則|提示词|提示詞|设定|設定|命令|要求|限制)"
    r"|(?:指示|命令|ルール|プロンプト|設定|制約)" + _END + r"{0,10}?(?:を|は)?(?:無視|忘れ)"
    r"|(?:지시|지침|명령|규칙|프롬프트|설정|제한)" + _END + r"{0,12}?(?:무시|잊어)"
    r"|(?:تجاهل|انس|أهمل|تخط|لا تتبع)" + _END + r"{0,40}?(?:التعليمات|تعليمات|الأوامر|القواعد|الإرشادات|القيود)"
)
_CJK_AI = r"(?:AI|人工智能|人工知能|语言模型|語言模型|言語モデル|聊天机器人|聊天機器人|チャットボット|인공지능|언어 모델|الذكاء الاصطناعي)"
# A note to an AI: the AI word, then a colon or an instruction marker.
_CJK_NOTE = (_CJK_AI + r"[^。！？\n]{0,8}?(?:助手|助理|アシスタント|어시스턴트|المساعد)?\s*(?:[:：,，、]|へ|에게|请|請)"
             + _END + r"{0,40}?(?:必须|必須|务必|務必|不要|不得|只|回答|告诉|告訴|してください|しないで|하십시오|하세요|말하|يجب|أخبر)")

# A note to the AI ("Hinweis für das KI-System:", "Nota para el asistente virtual:", "PS pour l'assistant IA :").
_NOTE = {
    "de": r"(?:hinweis|anweisung|nachricht|notiz|info|achtung|aufgabe|neues ziel|ziel)\w* (?:für|an) (?:das |den |die |alle |jede[sn]? )?",
    "es": r"(?:nota|aviso|instrucci[oó]n|mensaje|atenci[oó]n|tarea|objetivo)\w* (?:para|al|a la|a) (?:el |la |los |cualquier )?",
    "fr": r"(?:note|consigne|message|instruction|avis|attention|ps|objectif)\w* (?:pour|à|au|aux) (?:l'|le |la |les |tout |toute )?",
    "pt": r"(?:nota|aviso|instru[çc][ãa]o|mensagem|aten[çc][ãa]o|objetivo)\w* (?:para|ao|à|a) (?:o |a |qualquer )?",
    "it": r"(?:nota|avviso|istruzion\w*|messaggio|attenzione|obiettivo)\w* (?:per|all'|al|alla|a) (?:l'|il |la |qualsiasi )?",
    "nl": r"(?:opmerking|instructie|bericht|notitie|let op|doel)\w* (?:voor|aan) (?:de |het |elke )?",
    "pl": r"(?:uwaga|instrukcja|wiadomość|notatka|polecenie|cel)\w* (?:dla|do) ",
    "sv": r"(?:notera|instruktion|meddelande|anteckning|obs)\w* (?:till|för) (?:den |det |alla )?",
    "ru": r"(?:примечание|указание|инструкция|сообщение|внимание|заметка|задача)\w* (?:для|к) ",
}
# Anyone reading or processing "this": "cualquier sistema automatizado que procese este expediente".
_READER = {
    "de": r"(?:jede[sr]?|alle|sämtliche)\s+(?:\w+\s+){0,2}?(?:{ai})" + _END + r"{0,60}?(?:lies\w*|liest|verarbeit\w*|zusammenfass\w*)",
    "es": r"(?:cualquier|todo|toda)\s+(?:\w+\s+){0,2}?(?:{ai})" + _END + r"{0,60}?(?:lea|procese|resuma|analice|indexe)\b",
    "fr": r"(?:tout|toute|chaque|tous les)\s+(?:\w+\s+|d'|de l'){0,3}?(?:{ai})" + _END + r"{0,60}?(?:lisant|lit|traite|traitant|résume|analyse)\b",
    "pt": r"(?:qualquer|todo|toda)\s+(?:\w+\s+){0,2}?(?:{ai})" + _END + r"{0,60}?(?:leia|processe|resuma|analise)\b",
    "it": r"(?:qualsiasi|ogni)\s+(?:\w+\s+){0,2}?(?:{ai})" + _END + r"{0,60}?(?:legga|elabori|riassuma|analizzi)\b",
    "nl": r"(?:elke|iedere|alle)\s+(?:\w+\s+){0,2}?(?:{ai})\s+die\b" + _END + r"{0,60}?(?:leest|verwerkt|samenvat|analyseert)",
    "pl": r"(?:każdy|każda|każde|wszystkie)\s+(?:\w+\s+){0,2}?(?:{ai})" + _END + r"{0,60}?(?:czyta|przetwarza|streszcza|analizuje)",
    "sv": r"(?:varje|alla)\s+(?:\w+\s+){0,2}?(?:{ai})" + _END + r"{0,60}?(?:läser|bearbetar|sammanfattar|analyserar)",
    "ru": r"(?:любая|любой|любое|каждая|каждый|все)\s+(?:\w+\s+){0,2}?(?:{ai})" + _END + r"{0,60}?(?:чита|обрабатыва|резюмиру"
          r"|анализиру)\w*",
}
# "If you are a language model, ..." / "Wenn ein Sprachmodell diese Seite zusammenfasst, ...".
_IF_AI = {
    "de": r"\bwenn\s+du\s+(?:ein|eine)\s+(?:{ai})\s+bist|\bwenn\s+(?:ein|eine)\s+(?:{ai})\b" + _END
          + r"{0,40}?(?:liest|verarbeitet|zusammenfasst|beantwortet|übersetzt|auswertet)",
    "es": r"\bsi\s+(?:eres|usted es)\s+(?:una?\s+)?(?:{ai})",
    "fr": r"\bsi\s+(?:tu es|vous êtes)\s+(?:une?\s+)?(?:{ai})",
    "pt": r"\bse\s+(?:você é|voce e|tu és)\s+(?:uma?\s+)?(?:{ai})",
    "it": r"\bse\s+sei\s+(?:una?\s+|un')?(?:{ai})",
    "nl": r"\bals\s+(?:je|u|jij)\s+(?:een\s+)?(?:{ai})\s+(?:bent|is)\b",
    "pl": r"\bjeśli\s+jesteś\s+(?:\w+\s+)?(?:{ai})",
    "sv": r"\bom\s+du\s+är\s+(?:en\s+)?(?:{ai})",
    "tr": r"\beğer\s+(?:bir\s+)?(?:{ai})\s*(?:isen|ise|san)",
    "ru": r"\bесли\s+ты\s+(?:\w+\s+)?(?:{ai})",
}
_CJK_IF_AI = (r"如果你是(?:一个|一名|一位)?(?:AI|人工智能|语言模型|語言模型|助手|聊天机器人)"
              r"|(?:AI|人工知能|言語モデル)(?:で|として|が)(?:要約|処理|回答|読|分析|翻訳)"
              r"|(?:もし)?あなたが(?:AI|人工知能|言語モデル)"
              r"|(?:당신이|네가)\s*(?:AI|인공지능|언어 모델)(?:이라면|라면)")
# A persona handed over: "a partir de ahora eres «ModoLibre»", "désormais tu es « LibreBot », sans aucune restriction".
_FROM_NOW = {
    "de": r"\b(?:ab jetzt|von nun an|ab sofort)\s+bist du\b",
    "es": r"\b(?:a partir de ahora|desde ahora)\s+(?:eres|serás)\b",
    "fr": r"\b(?:à partir de maintenant|désormais|dorénavant)\s+tu es\b",
    "pt": r"\b(?:a partir de agora|de agora em diante)\s+(?:você é|voce e|és|tu és)\b",
    "it": r"\b(?:d'ora in poi|da ora in poi|da adesso)\s+sei\b",
    "nl": r"\bvanaf nu ben je\b",
    "pl": r"\bod (?:teraz|tej chwili) jesteś\b",
    "ru": r"\bс (?:этого момента|этой минуты|сегодняшнего дня)\s+ты\b",
}
_PERSONA = (r"(?:[«\"“]|restric|einschränk|restriç|restrizion|ograniczeń|ограничен|filtr|sin reglas|sans règles|ohne regeln"
            r"|bot\b|gpt|modo|mode|modus|режим)")


def fold(pattern: str) -> str:
    """The pattern as the detector's normalized text spells it (look-alike letters folded to Latin)."""
    return pattern.translate(_FOLD)


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(fold(pattern), re.IGNORECASE | re.MULTILINE)


def foreign_rules() -> list[tuple[str, float, re.Pattern[str], bool]]:
    """(label, weight, pattern, negatable) for every language; `rules.py` turns them into its `Rule`s."""
    out: list[tuple[str, float, re.Pattern[str], bool]] = []
    for lang, (verbs, objects, ai) in _LANGS.items():
        # Verb first ("ignoriere alle vorherigen Anweisungen") or object first ("alle Anweisungen ignorieren").
        out.append(("override", 0.85, _compile(
            rf"\b(?:{verbs})\b{_END}{{0,50}}?\b(?:{objects})|\b(?:{objects}){_END}{{0,40}}?\b(?:{verbs})"), False))
        if lang in _NOTE:
            out.append(("addresses-model", 0.7, _compile(rf"\b{_NOTE[lang]}(?:\w+[ -])?(?:{ai})\s*[:：,]"), False))
        if lang in _READER:
            out.append(("addresses-model", 0.7, _compile(_READER[lang].replace("{ai}", ai)), False))
        if lang in _IF_AI:
            out.append(("addresses-model", 0.8, _compile(_IF_AI[lang].replace("{ai}", ai)), False))
        if lang in _FROM_NOW:
            out.append(("roleplay", 0.8, _compile(rf"{_FROM_NOW[lang]}{_END}{{0,60}}?{_PERSONA}"), False))
    out.append(("override", 0.85, _compile(_CJK_OVERRIDE), False))
    out.append(("addresses-model", 0.7, _compile(_CJK_NOTE), False))
    out.append(("addresses-model", 0.8, _compile(_CJK_IF_AI), False))
    return out
