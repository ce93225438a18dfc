using AgentHost.Agents.Evaluation;
using AgentHost.Inference.Chat;
using AgentHost.Inference.Engine;
using Microsoft.Extensions.Logging.Abstractions;

namespace AgentHost.Cli;

/// <summary>A second local model, with its own small engine, that scores the evaluation's judge rubrics.</summary>
internal sealed class JudgeEngine : IDisposable
{
    private readonly LlamaModel _model;
    private readonly InferenceEngine _engine;

    private JudgeEngine(LlamaModel model, InferenceEngine engine)
    {
        _model = model;
        _engine = engine;
        Judge = new RubricJudge(new LlamaChatClient(engine), model.Info.Name);
    }

    public RubricJudge Judge { get; }

    public static JudgeEngine Start(string path, InferenceOptions hostOptions)
    {
        var options = new InferenceOptions
        {
            LibraryDirectory = hostOptions.LibraryDirectory,
            Backend = hostOptions.Backend,
            GpuLayers = hostOptions.GpuLayers,
            Threads = hostOptions.Threads,
            ContextSize = 8192,
            MaxSequences = 1,
        };
        var model = LlamaModel.Load(path, options, NullLogger.Instance);
        try
        {
            return new JudgeEngine(model, InferenceEngine.Start(model, options, NullLogger.Instance));
        }
        catch
        {
            model.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        _engine.Dispose();
        _model.Dispose();
    }
}
