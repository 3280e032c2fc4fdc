using Pipeline.Core.Chains;
using Pipeline.Host;

try
{
    var app = PipelineHost.Build(args);
    await app.RunAsync();
    return 0;
}
catch (ChainValidationException ex)
{
    await Console.Error.WriteLineAsync($"DocPipe cannot start: the chains file {ex.Source} is invalid:");
    foreach (var error in ex.Errors)
    {
        await Console.Error.WriteLineAsync("  " + error);
    }

    return 2;
}
