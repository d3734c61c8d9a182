using System.Text.RegularExpressions;

namespace Ecr.Raw.Endpoints;

/// <summary>One AWS partition of botocore's partitions.json: which regions it holds and its DNS suffixes.</summary>
internal sealed class AwsPartition
{
    private readonly Regex _regions;

    public AwsPartition(string name, string regionPattern, string dnsSuffix, string dualStackDnsSuffix)
    {
        Name = name;
        _regions = new Regex(regionPattern, RegexOptions.CultureInvariant);
        DnsSuffix = dnsSuffix;
        DualStackDnsSuffix = dualStackDnsSuffix;
    }

    public static AwsPartition[] All { get; } =
    [
        // Order matters: us-gov-, us-iso- and us-isob- regions must not fall into the aws partition's "us-" pattern.
        new("aws-us-gov", @"^us\-gov\-\w+\-\d+$", "amazonaws.com", "api.aws"),
        new("aws-iso", @"^us\-iso\-\w+\-\d+$", "c2s.ic.gov", "api.aws.ic.gov"),
        new("aws-iso-b", @"^us\-isob\-\w+\-\d+$", "sc2s.sgov.gov", "api.aws.scloud"),
        new("aws-iso-e", @"^eu\-isoe\-\w+\-\d+$", "cloud.adc-e.uk", "api.cloud-aws.adc-e.uk"),
        new("aws-iso-f", @"^us\-isof\-\w+\-\d+$", "csp.hci.ic.gov", "api.aws.hci.ic.gov"),
        new("aws-eusc", @"^eusc\-(de)\-\w+\-\d+$", "amazonaws.eu", "api.amazonwebservices.eu"),
        new("aws-cn", @"^cn\-\w+\-\d+$", "amazonaws.com.cn", "api.amazonwebservices.com.cn"),
        new("aws", @"^(us|eu|ap|sa|ca|me|af|il|mx)\-\w+\-\d+$", "amazonaws.com", "api.aws"),
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
            if (partition._regions.IsMatch(region))
            {
                return partition;
            }
        }

        return Default;
    }
}
