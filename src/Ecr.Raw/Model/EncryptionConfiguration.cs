namespace Ecr.Raw.Model;

/// <summary>Repository encryption settings.</summary>
public sealed record EncryptionConfiguration
{
    /// <summary>The encryption type.</summary>
    public EncryptionType EncryptionType { get; init; }

    /// <summary>The KMS key, for KMS encryption.</summary>
    public string? KmsKey { get; init; }
}
