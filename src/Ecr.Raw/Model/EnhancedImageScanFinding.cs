namespace Ecr.Raw.Model;

/// <summary>A finding of an enhanced (Amazon Inspector) scan; its large nested parts are kept as raw JSON.</summary>
public sealed record EnhancedImageScanFinding
{
    /// <summary>The account.</summary>
    public string? AwsAccountId { get; init; }

    /// <summary>The description.</summary>
    public string? Description { get; init; }

    /// <summary>The finding ARN.</summary>
    public string? FindingArn { get; init; }

    /// <summary>When first seen.</summary>
    public System.DateTimeOffset? FirstObservedAt { get; init; }

    /// <summary>When last seen.</summary>
    public System.DateTimeOffset? LastObservedAt { get; init; }

    /// <summary>The vulnerable package, as sent.</summary>
    public System.Text.Json.JsonElement? PackageVulnerabilityDetails { get; init; }

    /// <summary>How to fix it, as sent.</summary>
    public System.Text.Json.JsonElement? Remediation { get; init; }

    /// <summary>The affected resources, as sent.</summary>
    public System.Text.Json.JsonElement? Resources { get; init; }

    /// <summary>The score.</summary>
    public double? Score { get; init; }

    /// <summary>How the score was reached, as sent.</summary>
    public System.Text.Json.JsonElement? ScoreDetails { get; init; }

    /// <summary>The severity.</summary>
    public string? Severity { get; init; }

    /// <summary>The status.</summary>
    public string? Status { get; init; }

    /// <summary>The title.</summary>
    public string? Title { get; init; }

    /// <summary>The type.</summary>
    public string? Type { get; init; }

    /// <summary>When last updated.</summary>
    public System.DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Whether a fix exists.</summary>
    public string? FixAvailable { get; init; }

    /// <summary>Whether an exploit is known.</summary>
    public string? ExploitAvailable { get; init; }
}
