namespace Ecr.Raw.Signing;

/// <summary>One header line on its way into the canonical request.</summary>
internal readonly struct HeaderEntry
{
    public HeaderEntry(string name, string value)
    {
        Name = name;
        Value = value;
    }

    public string Name { get; }

    public string Value { get; }
}
