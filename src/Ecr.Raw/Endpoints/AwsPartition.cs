namespace Ecr.Raw.Endpoints;

/// <summary>One AWS partition of botocore's partitions.json: which regions it holds and its DNS suffixes.</summary>
internal sealed class AwsPartition
{
    // partitions.json writes each regionRegex as ^(prefix|prefix)\-\w+\-\d+$; the prefixes are kept, the regex is
    // matched by hand, since System.Text.RegularExpressions alone would add about a megabyte to an AOT binary.
    private readonly string[] _regionPrefixes;

    public AwsPartition(string name, string[] regionPrefixes, string dnsSuffix, string dualStackDnsSuffix)
    {
        Name = name;
        _regionPrefixes = regionPrefixes;
        DnsSuffix = dnsSuffix;
        DualStackDnsSuffix = dualStackDnsSuffix;
    }

    public static AwsPartition[] All { get; } =
    [
        // Order matters: us-gov-, us-iso- and us-isob- regions must not fall into the aws partition's "us-" pattern.
        new("aws-us-gov", ["us-gov"], "amazonaws.com", "api.aws"),
        new("aws-iso", ["us-iso"], "c2s.ic.gov", "api.aws.ic.gov"),
        new("aws-iso-b", ["us-isob"], "sc2s.sgov.gov", "api.aws.scloud"),
        new("aws-iso-e", ["eu-isoe"], "cloud.adc-e.uk", "api.cloud-aws.adc-e.uk"),
        new("aws-iso-f", ["us-isof"], "csp.hci.ic.gov", "api.aws.hci.ic.gov"),
        new("aws-eusc", ["eusc-de"], "amazonaws.eu", "api.amazonwebservices.eu"),
        new("aws-cn", ["cn"], "amazonaws.com.cn", "api.amazonwebservices.com.cn"),
        new("aws", ["us", "eu", "ap", "sa", "ca", "me", "af", "il", "mx"], "amazonaws.com", "api.aws"),
    ];

    /// <summary>The partition an unknown region falls back to, as the rule set says.</summary>
    public static AwsPartition Default => All[All.Length - 1];

    public string Name { get; }

    public string DnsSuffix { get; }

    public string DualStackDnsSuffix { get; }

    public static AwsPartition Of(string region)
    {
        foreach (var partition in All)
        {
            if (partition.Holds(region))
            {
                return partition;
            }
        }

        return Default;
    }

    // ^(prefix)\-\w+\-\d+$: a prefix, a dash, one word (letters, digits, underscores), a dash, digits.
    private bool Holds(string region)
    {
        foreach (var prefix in _regionPrefixes)
        {
            if (region.Length > prefix.Length + 1 && region.StartsWith(prefix, System.StringComparison.Ordinal) && region[prefix.Length] == '-'
                && IsWordDashDigits(region, prefix.Length + 1))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWordDashDigits(string region, int start)
    {
        var dash = region.IndexOf('-', start);
        if (dash <= start || dash == region.Length - 1)
        {
            return false;
        }

        for (var i = start; i < region.Length; i++)
        {
            var c = region[i];
            var fits = i < dash ? char.IsLetterOrDigit(c) || c == '_' : i == dash || char.IsDigit(c);
            if (!fits)
            {
                return false;
            }
        }

        return true;
    }
}
