namespace Pipeline.Core.Plugins;

/// <summary>A plugin folder that could not be loaded.</summary>
public sealed class PluginLoadException : Exception
{
    public PluginLoadException(string folder, string reason, Exception? inner = null)
        : base($"plugin folder {folder}: {reason}", inner)
    {
        Folder = folder;
    }

    public PluginLoadException()
    {
        Folder = string.Empty;
    }

    public PluginLoadException(string message)
        : base(message)
    {
        Folder = string.Empty;
    }

    public PluginLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
        Folder = string.Empty;
    }

    public string Folder { get; }
}
