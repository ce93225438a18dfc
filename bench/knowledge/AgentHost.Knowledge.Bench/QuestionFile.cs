using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace AgentHost.Knowledge.Bench;

internal sealed class QuestionFile
{
    public List<LabelledQuestion> Questions { get; set; } = [];

    public static List<LabelledQuestion> Load(string path)
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        return deserializer.Deserialize<QuestionFile>(File.ReadAllText(path)).Questions;
    }
}
