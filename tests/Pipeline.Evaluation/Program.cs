using Pipeline.Evaluation;
using Pipeline.Evaluation.Support;

var evaluations = Evaluations.All;
var wanted = args.Length == 0 || args[0] == "all" ? evaluations : evaluations.Where(e => args.Contains(e.Name)).ToList();
if (wanted.Count == 0)
{
    Console.Error.WriteLine($"usage: Pipeline.Evaluation [all|{string.Join('|', evaluations.Select(e => e.Name))}]...");
    return 2;
}

using var pipeline = new BuiltInPipeline();
var metrics = new List<Metric>();
foreach (var evaluation in wanted)
{
    metrics.AddRange(evaluation.Run(pipeline, Console.Error));
}

Console.WriteLine("| area | figure | value | target | met |");
Console.WriteLine("|---|---|---|---|---|");
foreach (var metric in metrics)
{
    Console.WriteLine($"| {metric.Area} | {metric.Name} | {metric.ValueText} | {metric.TargetText} | {(metric.Target is null ? "" : metric.Met ? "yes" : "**no**")} |");
}

return metrics.All(m => m.Met) ? 0 : 1;
