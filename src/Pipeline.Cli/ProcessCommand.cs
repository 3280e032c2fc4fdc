using System.Collections.Concurrent;
using System.CommandLine;
using DocPipe.V1;
using Google.Protobuf;
using Grpc.Core;
using Spectre.Console;

namespace Pipeline.Cli;

/// <summary>
/// <c>docpipe process FILES...</c>: one file through <c>Process</c>, many through one <c>ProcessStream</c> call, one
/// result per document in the order given. A failed document is reported and the rest go on.
/// </summary>
internal static class ProcessCommand
{
    public static Command Create(CommonOptions common)
    {
        var files = new Argument<string[]>("files") { Description = "Text files, or folders of them.", Arity = ArgumentArity.OneOrMore };
        var chain = new Option<string?>("--chain", "-c") { Description = "The chain to run (the service's default chain when omitted; with --chain-file, the chain to take from a chains file)." };
        var chainFile = new Option<string?>("--chain-file") { Description = "A JSON file holding a chain, or a chains file, sent inline with each document." };
        var trace = new Option<bool>("--trace") { Description = "Ask for each step's edits in the results." };
        var types = new Option<string?>("--types") { Description = "Only these annotation types in the results, comma-separated (person,quote); every step still runs." };
        var noText = new Option<bool>("--no-annotation-text") { Description = "Annotations without their text: their offsets slice the result's text." };
        var command = new Command("process", "Run documents through a chain and write one result per document.") { files, chain, chainFile, trace, types, noText };
        common.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var paths = InputFiles.Expand(parse.GetValue(files) ?? [], out var problem);
            if (problem is not null)
            {
                await Console.Error.WriteLineAsync($"docpipe: {problem}");
                return ExitCodes.Unusable;
            }

            ChainChoice choice;
            try
            {
                choice = ChainChoice.Resolve(parse.GetValue(chain), parse.GetValue(chainFile));
            }
            catch (Exception ex) when (ex is IOException or ArgumentException or System.Text.Json.JsonException or UnauthorizedAccessException)
            {
                await Console.Error.WriteLineAsync($"docpipe: --chain-file: {ex.Message}");
                return ExitCodes.Unusable;
            }

            await using var backend = await common.ConnectAsync(parse, cancellationToken);
            var shape = new AnnotationChoice(parse.GetValue(types)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [], parse.GetValue(noText));
            var run = new ProcessRun(backend, choice, parse.GetValue(trace), shape, ResultWriter.For(common.FormatOf(parse)));
            return await run.RunAsync(paths, cancellationToken);
        });
        return command;
    }

    /// <summary>What the results carry of the annotations: <c>annotation_types</c> and <c>omit_annotation_text</c>.</summary>
    private sealed record AnnotationChoice(string[] Types, bool OmitText);

    private sealed class ProcessRun(Backend backend, ChainChoice chain, bool trace, AnnotationChoice shape, ResultWriter writer)
    {
        private readonly Tally _tally = new();

        public async Task<int> RunAsync(List<string> paths, CancellationToken cancellationToken)
        {
            if (!await ChainIsValidAsync(cancellationToken))
            {
                return ExitCodes.Unusable;
            }

            // A bar only where a person watches it and it does not mix with the results.
            if (paths.Count > 1 && !Console.IsErrorRedirected && Console.IsOutputRedirected)
            {
                var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
                await console.Progress().StartAsync(async progress =>
                {
                    var bar = progress.AddTask("documents", maxValue: paths.Count);
                    await ProcessAllAsync(paths, () =>
                    {
                        bar.Increment(1);
                        bar.Description = _tally.ToString();
                    }, cancellationToken);
                });
            }
            else
            {
                await ProcessAllAsync(paths, () => { }, cancellationToken);
            }

            await Console.Error.WriteLineAsync($"docpipe: {_tally} ({backend.Description})");
            return _tally.Failed > 0 ? ExitCodes.Failed : ExitCodes.Ok;
        }

        /// <summary>An inline chain is checked once up front rather than failing every document alike.</summary>
        private async Task<bool> ChainIsValidAsync(CancellationToken cancellationToken)
        {
            if (chain.Json.Length == 0)
            {
                return true;
            }

            var reply = await backend.Client.ValidateChainAsync(new ValidateChainRequest { ChainJson = chain.Json }, cancellationToken: cancellationToken);
            foreach (var error in reply.Errors)
            {
                await Console.Error.WriteLineAsync($"docpipe: --chain-file: {error.Path} (line {error.Line}, column {error.Column}): {error.Message}");
            }

            return reply.Valid;
        }

        private async Task ProcessAllAsync(List<string> paths, Action advanced, CancellationToken cancellationToken)
        {
            if (paths.Count == 1)
            {
                Report(await ProcessOneAsync(paths[0], cancellationToken));
            }
            else
            {
                await StreamAsync(paths, advanced, cancellationToken);
            }
        }

        private async Task<ProcessResponse> ProcessOneAsync(string path, CancellationToken cancellationToken)
        {
            if (Request(path) is not { } request)
            {
                return Unreadable(path);
            }

            try
            {
                return await backend.Client.ProcessAsync(request, cancellationToken: cancellationToken);
            }
            catch (RpcException ex) when (ex.StatusCode is not StatusCode.Unavailable)
            {
                return Failure(path, ex.StatusCode, ex.Status.Detail, ex.Trailers.GetValue("docpipe-step") ?? string.Empty);
            }
        }

        /// <summary>
        /// Sends every readable file on one stream while results are read back; a file that cannot be read is
        /// reported in its place without being sent, so that results stay in the order of the paths.
        /// </summary>
        private async Task StreamAsync(List<string> paths, Action advanced, CancellationToken cancellationToken)
        {
            using var call = backend.Client.ProcessStream(cancellationToken: cancellationToken);
            var expected = new BlockingCollection<(string Path, bool Sent)>();
            var send = Task.Run(async () =>
            {
                try
                {
                    foreach (var path in paths)
                    {
                        var request = Request(path);
                        if (request is not null)
                        {
                            await call.RequestStream.WriteAsync(request, cancellationToken);
                        }

                        expected.Add((path, request is not null), cancellationToken);
                    }

                    await call.RequestStream.CompleteAsync();
                }
                finally
                {
                    expected.CompleteAdding();
                }
            }, cancellationToken);

            string? awaited = null;
            try
            {
                foreach (var (path, sent) in expected.GetConsumingEnumerable(cancellationToken))
                {
                    if (!sent)
                    {
                        Report(Unreadable(path), advanced);
                        continue;
                    }

                    awaited = path;
                    if (!await call.ResponseStream.MoveNext(cancellationToken))
                    {
                        throw new RpcException(new Grpc.Core.Status(StatusCode.Internal, "the stream ended before every document was answered"));
                    }

                    Report(call.ResponseStream.Current, advanced);
                    awaited = null;
                }

                await send;
            }
            catch (RpcException ex)
            {
                // The stream itself broke: every document not yet answered is reported failed with its cause.
                if (awaited is not null)
                {
                    Report(Failure(awaited, ex.StatusCode, ex.Status.Detail, string.Empty), advanced);
                }

                foreach (var (path, _) in expected.GetConsumingEnumerable(CancellationToken.None))
                {
                    Report(Failure(path, ex.StatusCode, ex.Status.Detail, string.Empty), advanced);
                }
            }
        }

        private ProcessRequest? Request(string path)
        {
            byte[] data;
            try
            {
                data = File.ReadAllBytes(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return null;
            }

            // As bytes: the host finds the charset of a text file, and a PDF or Word file is read by its converter.
            var request = new ProcessRequest
            {
                Document = new Document { Id = path, Data = ByteString.CopyFrom(data), MediaType = FileTypes.MediaTypeOf(path) },
                Chain = chain.Name,
                ChainJson = chain.Json,
                Trace = trace,
                OmitAnnotationText = shape.OmitText,
            };
            request.AnnotationTypes.Add(shape.Types);
            return request;
        }

        private void Report(ProcessResponse response, Action? advanced = null)
        {
            _tally.Count(response.Error is not null);
            writer.Write(response);
            advanced?.Invoke();
        }

        private ProcessResponse Unreadable(string path) => Failure(path, StatusCode.InvalidArgument, $"cannot read {path}", string.Empty);

        private ProcessResponse Failure(string path, StatusCode code, string message, string step) => new()
        {
            DocumentId = path,
            Chain = chain.Name,
            Error = new Error { Code = (int)code, Message = message, Step = step },
        };
    }
}
