namespace Pipeline.Evaluation.Support;

/// <summary>One area of the evaluation: measures its figures with the built-in plugins.</summary>
public interface IEvaluation
{
    /// <summary>The name used on the command line, e.g. <c>summaries</c>.</summary>
    string Name { get; }

    IReadOnlyList<Metric> Run(BuiltInPipeline pipeline, TextWriter log);
}
