using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace AgentHost.Agents.Evaluation;

/// <summary>
/// Scores an answer against a case's rubric with a judge model (any <see cref="IChatClient"/>, e.g. a second local
/// GGUF). The judge must answer by calling <c>submit_score</c>, so the schema grammar makes even a weak judge return a
/// parseable 1–5 score; a score of <see cref="PassingScore"/> or more passes. The answer is shown to the judge only.
/// </summary>
public sealed class RubricJudge(IChatClient judge, string modelName)
{
    public const int PassingScore = 4;

    private static readonly AIFunction SubmitScore = AIFunctionFactory.Create(
        ([Description("1 (fails the rubric) to 5 (fully meets it)")] Score score) => (int)score,
        "submit_score",
        "Submit the score of the answer against the rubric.");

    public string ModelName => modelName;

    public enum Score
    {
        One = 1,
        Two = 2,
        Three = 3,
        Four = 4,
        Five = 5,
    }

    public async Task<CheckResult> ScoreAsync(string rubric, string question, string answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        var messages = new List<ChatMessage>
        {
            new(ChatRole.System, "You grade answers of a hospital's AI assistant for patients. Score the answer against the rubric, strictly, then call submit_score."),
            new(ChatRole.User, $"Rubric:\n{rubric}\n\nPatient's message:\n{question}\n\nAssistant's answer:\n{answer}"),
        };
        var response = await judge.GetResponseAsync(messages, new ChatOptions
        {
            Temperature = 0,
            MaxOutputTokens = 48,
            Tools = [SubmitScore],
            ToolMode = ChatToolMode.RequireSpecific(SubmitScore.Name),
        }, cancellationToken).ConfigureAwait(false);

        var call = response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>().FirstOrDefault(c => c.Name == SubmitScore.Name);
        if (call?.Arguments?.TryGetValue("score", out var raw) != true || !TryReadScore(raw, out var score))
        {
            return new CheckResult("judge", "judge", EvalStatus.Failed, $"the judge ({modelName}) gave no score");
        }

        var detail = string.Create(CultureInfo.InvariantCulture, $"score {score}/5 by {modelName}");
        return new CheckResult("judge", "judge", score >= PassingScore ? EvalStatus.Passed : EvalStatus.Failed, detail);
    }

    private static bool TryReadScore(object? raw, out int score)
    {
        score = 0;
        var text = raw is JsonElement element ? (element.ValueKind == JsonValueKind.String ? element.GetString() : element.GetRawText()) : raw?.ToString();
        if (Enum.TryParse<Score>(text, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
        {
            score = (int)parsed;
            return true;
        }

        return false;
    }
}
