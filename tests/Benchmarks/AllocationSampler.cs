using System.Diagnostics.Tracing;

namespace Pipeline.Benchmarks;

/// <summary>
/// What the process allocates, by type, from the runtime's own sampling: an allocation tick about every 100 KB,
/// naming the type of the object that crossed it. A type's share of the ticks is about its share of the bytes.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const EventKeywords GarbageCollection = (EventKeywords)0x1;

    private readonly Dictionary<string, int> _ticks = new(StringComparer.Ordinal);

    /// <summary>The types with the most ticks, most first.</summary>
    public IReadOnlyList<(string Type, int Ticks)> Top(int count)
    {
        lock (_ticks)
        {
            return [.. _ticks.OrderByDescending(pair => pair.Value).Take(count).Select(pair => (pair.Key, pair.Value))];
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, GarbageCollection);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) == true
            && eventData.PayloadNames?.IndexOf("TypeName") is >= 0 and var index
            && eventData.Payload?[index] is string type)
        {
            lock (_ticks)
            {
                _ticks[type] = _ticks.GetValueOrDefault(type) + 1;
            }
        }
    }
}
