using System.Globalization;
using System.Text.RegularExpressions;

namespace AgentHost.Agents.Safety;

/// <summary>
/// The built-in post-gate rules. Patterns run against the normalized answer (<see cref="SafetyTextNormalizer"/>:
/// lower case, no apostrophes, no separators between Chinese characters), both languages whatever the locale.
/// <c>self_harm_method</c> is always on, in every package.
/// </summary>
internal static class PostGateRules
{
    public const string Prescription = "prescription";
    public const string DoseChange = "dose_change";
    public const string DiagnosisAsFact = "diagnosis_as_fact";
    public const string SelfHarmMethod = "self_harm_method";

    // Numbers written as digits or Chinese numerals, and dose units.
    private const string ZhNumber = @"(\d+(\.\d+)?|[一二两三四五六七八九十半]+)";
    private const string ZhUnit = @"(mg|毫克|g|克|片|粒|颗|ml|毫升|单位|iu|μg|ug|微克|滴|袋|支)";
    private const string EnUnit = @"(mg|milligrams?|mcg|micrograms?|g|grams?|ml|milliliters?|units?|tablets?|pills?|capsules?|puffs?|drops?)";
    private const string EnNumber = @"(\d+(\.\d+)?|one|two|three|four|five|half|a half|1/2)";
    private const string EnDrug = @"(warfarin|coumadin|aspirin|heparin|clopidogrel|ibuprofen|paracetamol|acetaminophen|amoxicillin|antibiotics?|antidepressants?|sertraline|fluoxetine|escitalopram|melatonin|sleeping pills?|vitamin k|digoxin|metoprolol|furosemide|growth hormone|medication|medicine|meds|pills?|tablets?)";
    private const string ZhNegation = @"(?<!(不|不要|不用|别|勿|不能|不可|不应|不应该|不宜|切忌|千万别|避免|不建议|不推荐|禁止|不得)(自行|擅自|随意|自己|私自)?)";
    private const string EnNegation = @"(?<!\b(not|dont|never|do not|should not|shouldnt|must not|mustnt|wont|cannot|cant|without)( ever)? )";
    private const string EnHedge = @"(?<!\b(if|whether|think|thinking|worried|worry|afraid|fear|may|might|could|unless|when|that|mean|means|sure|say|saying|whether or not|not) )";
    private const string EnCondition = @"(disease|disorder|syndrome|depression|anxiety|stenosis|regurgitation|thrombosis|clot|infection|endocarditis|cancer|failure|deficiency|dwarfism|short stature|adhd|autism|ptsd|bipolar|insufficiency|anorexia|bulimia|schizophrenia|arrhythmia|atrial fibrillation|growth hormone deficiency|precocious puberty)";
    private const string ZhCondition = @"(病|症|炎|癌|瘤|血栓|狭窄|关闭不全|反流|抑郁|焦虑|障碍|感染|衰竭|发育迟缓|侏儒|房颤|早熟|缺乏)";

    public static IReadOnlyDictionary<string, PostGateRule> All { get; } = new Dictionary<string, PostGateRule>(StringComparer.Ordinal)
    {
        [SelfHarmMethod] = Rule(
            SelfHarmMethod,
            zh:
            [
                @"(割腕|上吊|跳楼|跳河|服毒|烧炭|喝农药|农药|百草枯|安眠药|过量服药|吞药|自杀|自残|轻生).{0,12}(方法|方式|步骤|怎么做|怎样做|多少(片|颗|粒|克|毫克|量)|剂量|致死|才能死|最快|不痛|无痛|成功率)",
                @"致死(量|剂量)",
                @"(吃|服|吞)(多少|几)(片|颗|粒|瓶|克|毫克).{0,8}(会死|致死|死亡|能死|没命)",
                @"(最|比较|更)(快|容易|不痛苦|无痛|没有痛苦)的?(死法|自杀|死的方法|结束生命)",
                @"(哪里|哪儿|什么地方)(可以|能)?(买到|弄到).{0,8}(农药|百草枯|安眠药|木炭|刀片|毒药)",
            ],
            en:
            [
                @"\b(lethal|fatal|deadly|toxic) (dose|amount|quantity|level)s?\b",
                @"\bhow (many|much) .{0,40}\b(to|would|will|could) (die|kill|be fatal|be lethal|end (your|my) life)\b",
                @"\b(painless|quickest|easiest|fastest|surest|best|quick) (way|method|ways|methods) to (die|kill (yourself|myself)|end (your|my) life|commit suicide)\b",
                @"\b(suicide|self harm|overdose) (method|methods|technique|techniques|instructions)\b",
                @"\bhow to (kill|hang|hurt|harm|cut|poison|overdose) (yourself|myself|oneself)\b",
                @"\b(cut|slit|slice) (your|my|the) wrists?\b",
            ],
            replacementZh: "你的安全是最重要的。我不能提供任何可能伤害自己的方法或信息。如果你现在有伤害自己的想法，请马上拨打心理援助热线 12356，或告诉一位你信任的大人；情况紧急请拨打 120 或 110。你并不孤单，我们愿意陪你一起找到帮助。",
            replacementEn: "Your safety matters most. I can't give any information about ways to hurt yourself. If you are thinking about hurting yourself, please call the psychological assistance hotline 12356 now or tell an adult you trust; in an emergency call 120 or 110. You are not alone, and help is available."),

        [Prescription] = Rule(
            Prescription,
            zh:
            [
                $@"每(次|日|天|晚|早|晨)(早上|晚上|睡前)?(服用|口服|吃|服|用|注射|打)?(药)? ?{ZhNumber} ?{ZhUnit}",
                $@"(一日|每日|每天|一天|每晚|每周){ZhNumber}次.{{0,6}}{ZhNumber} ?{ZhUnit}",
                $@"{ZhNegation}(建议|推荐|可以|应该|需要|请)(您|你|孩子|宝宝)?(每天|每日|每晚)?(服用|口服|吃|用|服|注射)[^的]{{0,10}}?{ZhNumber} ?{ZhUnit}",
                @"(我|我们)(来|可以|会)?(给|帮|为)(你|您|孩子|宝宝)开(一些|点|个|一个)?.{0,6}(药|处方)",
                @"(我|我们)(的)?处方(是|为)",
            ],
            en:
            [
                $@"{EnNegation}\btake {EnNumber} ?{EnUnit}\b",
                $@"\b\d+(\.\d+)? ?{EnUnit} (of \w+ )?(once|twice|three times|four times|every|a day|per day|daily|each (day|morning|night|evening)|at night|at bedtime|in the morning)\b",
                $@"\bi (would )?(recommend|prescribe|suggest|advise) (that )?(you |your child |he |she )?(take|taking|start|starting|give|giving|use|using) (some |a |an |the )?(\w+ ){{0,2}}{EnDrug}\b",
                @"\bi (will|can|am going to|could|would) prescribe\b",
                @"\b(my|this) prescription (is|for you)\b",
            ],
            replacementZh: "抱歉，关于用什么药、用多少剂量，我不能给出建议，这需要由您的医生根据您的具体情况决定。请带着您的问题联系主治医生或医院的随访门诊。",
            replacementEn: "Sorry, I can't advise which medicine to take or how much; your doctor must decide that for your situation. Please take your question to your doctor or the hospital's follow-up clinic."),

        [DoseChange] = Rule(
            DoseChange,
            zh:
            [
                $@"{ZhNegation}(加量|减量)(到|至|为)",
                $@"{ZhNegation}(加|减|增加|减少|调|调整|改|增|降)(到|至|为|成){ZhNumber} ?{ZhUnit}",
                $@"{ZhNegation}(建议|推荐|可以|应该|需要|请|先|就|那就|把|将)(您|你|孩子|宝宝)?(的)?(华法林|华法令|阿司匹林|药|药物|药量|剂量|\w{{0,6}}(药|片|素|林|平|汀))?((?!不|别|勿|没).){{0,4}}(加量|减量|加倍|减半|停掉|停用|停药|停服|暂停服用|不吃了|别吃了|加大剂量|减小剂量|增加剂量|减少剂量)",
                $@"{ZhNegation}(多吃|少吃|多服|少服|补吃|补服)(半|一|两|1|2|0\.5)?(片|粒|颗|次)",
                @"(今天|明天|今晚|这次|下次|这周|本周)(起)?(多|少)(吃|服)",
                @"(漏服|漏吃|忘吃|忘了吃).{0,10}(下次|明天|第二天)?(吃两|服两|双倍|加倍|补两)",
            ],
            en:
            [
                $@"{EnNegation}\b(increase|decrease|raise|lower|reduce|double|halve|cut|adjust|change|up|bump|drop) (your |the |his |her |their |that )?(\w+ ){{0,2}}(dose|dosage|{EnDrug})( dose| dosage)? (to|by)\b",
                $@"{EnNegation}\b(increase|decrease|raise|lower|reduce|double|halve|cut back|cut down) (on )?(your |the |his |her )?(warfarin|coumadin|dose|dosage|insulin|medication)\b",
                $@"{EnNegation}\b(stop|skip|pause|quit|discontinue|hold) (taking |giving )?(your |the |his |her |their )?(next )?(\w+ )?({EnDrug}|dose|doses)\b",
                $@"{EnNegation}\b(take|give) (an |one |a )?(extra|double|additional|another|half a|half (your|the)) (dose|tablet|pill|capsule)s?\b",
            ],
            replacementZh: "抱歉，是否加量、减量或停药，我不能给出建议。请不要自行调整用药，剂量的改变需要由您的医生或抗凝门诊根据检查结果决定。请尽快联系他们。",
            replacementEn: "Sorry, I can't advise raising, lowering or stopping a medicine. Please don't change your dose on your own; your doctor or anticoagulation clinic decides any change from your results. Please contact them soon."),

        [DiagnosisAsFact] = Rule(
            DiagnosisAsFact,
            zh:
            [
                @"(?<!(如果|若|假如|万一|是否|担心|怀疑|害怕|以为|觉得|不代表|不等于|并不是|不一定|不能说|并不说明|不说明|不意味着|排除))(你|您|孩子|宝宝|您的孩子|你的孩子)(已经|确实|肯定|一定|就是|明显)?(得了|患了|患有|确诊为|确诊了|得的是|患的是)",
                $@"(?<!(不|未必|不一定))(你|您|孩子|宝宝|他|她)(这)?(就是|肯定是|一定是|确定是|绝对是|明显是|无疑是)(得了|患了|有)?.{{0,8}}{ZhCondition}",
                $@"(?<!(不|并不|并没有|并不能|不能|不一定|未必))说明(你|您|孩子|宝宝|他|她)(已经)?(得了|患了|患有|有)(\w){{0,8}}{ZhCondition}",
                @"(我|我们)(可以)?(诊断|确诊)(你|您|孩子|宝宝)",
                @"(我的|我们的)诊断(是|为)",
            ],
            en:
            [
                $@"{EnHedge}\byou (definitely |clearly |certainly |obviously |probably )?(have|have got|are suffering from|suffer from|are diagnosed with|have developed) (a |an |the )?(\w+ ){{0,3}}{EnCondition}\b",
                $@"{EnHedge}\b(your (child|son|daughter|baby|kid|teen)|he|she) (definitely |clearly |certainly |obviously )?(has|has got|is suffering from|suffers from|has developed) (a |an |the )?(\w+ ){{0,3}}{EnCondition}\b",
                @"(?<!\b(not|if|whether|mean) )\byou are (clinically |definitely |clearly |severely )?(depressed|anorexic|bipolar|autistic|anemic)\b",
                $@"\b(this|that|it) (is|means) (definitely|clearly|certainly|obviously) (a |an )?(\w+ ){{0,3}}{EnCondition}\b",
                @"\bi (can |will )?(diagnose|am diagnosing) (you|your)\b",
                @"\bmy diagnosis (is|would be)\b",
            ],
            replacementZh: "抱歉，我不能做出诊断。您描述的情况需要医生当面评估后才能判断。请把您的症状和检查结果带给您的医生，或联系医院的随访门诊。",
            replacementEn: "Sorry, I can't make a diagnosis. What you describe needs a doctor to assess in person. Please bring your symptoms and results to your doctor or the hospital's follow-up clinic."),
    };

    private static PostGateRule Rule(string name, string[] zh, string[] en, string replacementZh, string replacementEn)
    {
        var patterns = new List<SafetyPattern>(zh.Length + en.Length);
        Add(patterns, name, "zh", zh);
        Add(patterns, name, "en", en);
        return new PostGateRule(name, patterns, replacementZh, replacementEn);
    }

    private static void Add(List<SafetyPattern> patterns, string name, string language, string[] sources)
    {
        for (var i = 0; i < sources.Length; i++)
        {
            patterns.Add(new SafetyPattern(
                string.Create(CultureInfo.InvariantCulture, $"{name}/{language}/{i + 1}"),
                new Regex(sources[i], SafetyYaml.PatternOptions, SafetyYaml.MatchTimeout)));
        }
    }
}
