using Pipeline.Abstractions;

namespace TestPlugins.Faulty;

/// <summary>Allocates and holds memory without bound, never looking at its cancellation token: only running out of memory ends it.</summary>
public sealed class Allocates : Plugin<FaultOptions>
{
    private const int ChunkBytes = 16 * 1024 * 1024;

    public override string Name => "allocates";

    public override PluginKind Kind => PluginKind.Extractor;

    public override string Description => "Allocates 16 MiB chunks and keeps them all, ignoring cancellation, until it runs out of memory.";

    protected override IStep CreateStep(FaultOptions options) => new Step();

    private sealed class Step : IStep
    {
        public ValueTask RunAsync(IStepContext context, CancellationToken cancellationToken)
        {
            var held = new List<byte[]>();
            while (true)
            {
                var chunk = new byte[ChunkBytes];

                // Touch every page, so that the memory is really committed and not just reserved.
                for (var i = 0; i < chunk.Length; i += 4096)
                {
                    chunk[i] = 1;
                }

                held.Add(chunk);
            }
        }
    }
}
