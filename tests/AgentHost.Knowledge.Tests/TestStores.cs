using AgentHost.Knowledge.Embedded;
using AgentHost.Knowledge.Ingestion;
using AgentHost.Knowledge.Text;
using Microsoft.Extensions.AI;

namespace AgentHost.Knowledge.Tests;

internal static class TestStores
{
    public static EmbeddedKnowledgeStore Embedded(string databasePath, IEmbeddingGenerator<string, Embedding<float>>? embeddings = null, ChunkingOptions? chunking = null) =>
        new(databasePath, new DocumentPreparer(EstimatedTokenCounter.Instance, chunking ?? ChunkingOptions.Default, embeddings));

    public const string Inr = """
        ---
        id: inr
        title: 华法林与 INR 自我管理
        source: ESC/EACTS 2021 瓣膜病指南
        date: 2021-08-28
        language: zh
        ---
        # 华法林与 INR 自我管理

        ## 什么是 INR

        INR 是国际标准化比值，用来衡量华法林的抗凝效果。机械瓣膜患者需要定期抽血复查 INR。

        ## 何时就医

        出现黑便、呕血或严重头痛时，请立即拨打 120。
        """;

    public const string Sleep = """
        ---
        id: sleep
        title: Sleep for school-age children
        source: AASM 2016 consensus
        date: 2016-06-15
        language: en
        ---
        # Sleep for school-age children

        Children aged 6 to 12 years should sleep 9 to 12 hours per night on a regular basis.
        A fixed bedtime routine and no screens in the hour before bed help children fall asleep.
        """;

    public const string Diet = """
        ---
        id: diet
        title: 饮食与维生素K
        source: ACCP 2012 抗栓治疗指南
        date: 2012-02-01
        language: zh
        ---
        # 饮食与维生素K

        绿叶蔬菜富含维生素K，服用华法林期间不必忌口，但每周的摄入量要保持稳定，避免突然大量增加或减少。
        """;
}
