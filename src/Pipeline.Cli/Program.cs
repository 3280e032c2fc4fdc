using System.CommandLine;
using Grpc.Core;
using Pipeline.Cli;
using Pipeline.Core.Chains;

var common = new CommonOptions();
var root = new RootCommand("docpipe: clean, mine and summarise documents with DocPipe chains, on a host or in this process.")
{
    ProcessCommand.Create(common),
    CatalogueCommands.Plugins(common),
    CatalogueCommands.Chains(common),
    ValidateCommand.Create(common),
};

try
{
    return await root.Parse(args).InvokeAsync();
}
catch (RpcException ex)
{
    await Console.Error.WriteLineAsync($"docpipe: the service answered {ex.StatusCode}: {ex.Status.Detail}");
    return ExitCodes.Unusable;
}
catch (ChainValidationException ex)
{
    await Console.Error.WriteLineAsync($"docpipe: the chains file {ex.Source} is invalid: {string.Join("; ", ex.Errors)}");
    return ExitCodes.Unusable;
}
