using DocumentFormat.OpenXml.Wordprocessing;

namespace Pipeline.Plugins.DocxConverter.Reading;

/// <summary>
/// Counts list items as Word numbers them and gives each its marker: "- " for a bullet, "3. " (or "c. ", "iii. ")
/// for a numbered item, indented two spaces per level. Lists that share a definition share their counters, as
/// in Word; a numbering instance that overrides a level's start restarts it the first time it is used.
/// </summary>
internal sealed class ListNumbering
{
    public const int Levels = 9;

    private readonly Dictionary<int, NumberingInstance> _instances = [];
    private readonly Dictionary<int, AbstractNum> _definitions = [];
    private readonly Dictionary<int, int?[]> _counters = [];
    private readonly HashSet<(int Instance, int Level)> _restarted = [];

    public ListNumbering(Numbering? numbering)
    {
        foreach (var instance in numbering?.Elements<NumberingInstance>() ?? [])
        {
            if (instance.NumberID?.Value is int id)
            {
                _instances.TryAdd(id, instance);
            }
        }

        foreach (var definition in numbering?.Elements<AbstractNum>() ?? [])
        {
            if (definition.AbstractNumberId?.Value is int id)
            {
                _definitions.TryAdd(id, definition);
            }
        }
    }

    /// <summary>The next item's marker, or null when the numbering the paragraph names is not defined (Word shows none).</summary>
    public string? NextMarker(int instanceId, int level)
    {
        if (!_instances.TryGetValue(instanceId, out var instance) || instance.AbstractNumId?.Val?.Value is not int definitionId)
        {
            return null;
        }

        var definition = _definitions.GetValueOrDefault(definitionId);
        var levelOverride = instance.Elements<LevelOverride>().FirstOrDefault(o => o.LevelIndex?.Value == level);
        var format = levelOverride?.Level ?? definition?.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level);
        var kind = format?.NumberingFormat?.Val?.Value ?? NumberFormatValues.Decimal;
        var indent = new string(' ', 2 * level);
        if (kind == NumberFormatValues.Bullet)
        {
            return indent + "- ";
        }

        var value = Count(definitionId, instanceId, level, levelOverride?.StartOverrideNumberingValue?.Val?.Value, format?.StartNumberingValue?.Val?.Value ?? 1);
        return kind == NumberFormatValues.None ? indent : indent + ListMarkers.Format(value, kind) + ". ";
    }

    private int Count(int definitionId, int instanceId, int level, int? restartAt, int start)
    {
        if (!_counters.TryGetValue(definitionId, out var counters))
        {
            counters = new int?[Levels];
            _counters[definitionId] = counters;
        }

        int value;
        if (restartAt is int restart && _restarted.Add((instanceId, level)))
        {
            value = restart;
        }
        else
        {
            value = counters[level] is int previous ? previous + 1 : start;
        }

        counters[level] = value;
        Array.Fill(counters, null, level + 1, Levels - level - 1);
        return value;
    }
}
