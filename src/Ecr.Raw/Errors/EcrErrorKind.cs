namespace Ecr.Raw.Errors;

/// <summary>
/// What went wrong, as one closed list: every error shape of the ECR model, the generic AWS errors any JSON service
/// can return, and the failures on this side of the wire. <see cref="EcrErrorKindExtensions.IsRetryable"/> is the single
/// source of truth for retries.
/// </summary>
public enum EcrErrorKind
{
    /// <summary>Not classified: an unknown error code with a 4xx status, or an unexpected failure.</summary>
    Unknown = 0,

    /// <summary><c>BlockedByOrganizationPolicyException</c>: An AWS Organizations policy governing the account forbids the call.</summary>
    BlockedByOrganizationPolicy,

    /// <summary><c>EmptyUploadException</c>: A layer upload was completed without any parts having been uploaded.</summary>
    EmptyUpload,

    /// <summary><c>ExclusionAlreadyExistsException</c>: That pull-time-update exclusion is already registered for the registry.</summary>
    ExclusionAlreadyExists,

    /// <summary><c>ExclusionNotFoundException</c>: No such pull-time-update exclusion exists.</summary>
    ExclusionNotFound,

    /// <summary><c>ImageAlreadyExistsException</c>: The same manifest was already pushed with the same tag; nothing would change.</summary>
    ImageAlreadyExists,

    /// <summary><c>ImageArchivedException</c>: The image is in the archive storage class, so it cannot be scanned.</summary>
    ImageArchived,

    /// <summary><c>ImageDigestDoesNotMatchException</c>: The imageDigest supplied does not equal the digest ECR computed from the manifest.</summary>
    ImageDigestDoesNotMatch,

    /// <summary><c>ImageNotFoundException</c>: No image with the given tag/digest exists in the repository.</summary>
    ImageNotFound,

    /// <summary><c>ImageStorageClassUpdateNotSupportedException</c>: The requested storage-class change for the image is not allowed.</summary>
    ImageStorageClassUpdateNotSupported,

    /// <summary><c>ImageTagAlreadyExistsException</c>: The tag is already used by another image and the repository has immutable tags.</summary>
    ImageTagAlreadyExists,

    /// <summary><c>InvalidLayerException</c>: The digest ECR computed for an uploaded layer differs from the one declared.</summary>
    InvalidLayer,

    /// <summary><c>InvalidLayerPartException</c>: A layer part has a bad size or is not contiguous with the previous part.</summary>
    InvalidLayerPart,

    /// <summary><c>InvalidParameterException</c>: A request parameter is invalid.</summary>
    InvalidParameter,

    /// <summary><c>InvalidTagParameterException</c>: A resource tag is invalid (keys up to 128 characters, values up to 256).</summary>
    InvalidTagParameter,

    /// <summary><c>KmsException</c>: A call to AWS KMS failed; `kmsError` carries the KMS error code.</summary>
    Kms,

    /// <summary><c>LayerAlreadyExistsException</c>: The layer is already present in the repository.</summary>
    LayerAlreadyExists,

    /// <summary><c>LayerInaccessibleException</c>: The layer is not referenced by any image (orphan layers may be garbage-collected).</summary>
    LayerInaccessible,

    /// <summary><c>LayerPartTooSmallException</c>: A layer part is smaller than the 5 MiB minimum.</summary>
    LayerPartTooSmall,

    /// <summary><c>LayersNotFoundException</c>: Layers referenced by the manifest are missing or not valid for this repository.</summary>
    LayersNotFound,

    /// <summary><c>LifecyclePolicyNotFoundException</c>: The repository has no lifecycle policy.</summary>
    LifecyclePolicyNotFound,

    /// <summary><c>LifecyclePolicyPreviewInProgressException</c>: A previous lifecycle-policy preview has not finished yet.</summary>
    LifecyclePolicyPreviewInProgress,

    /// <summary><c>LifecyclePolicyPreviewNotFoundException</c>: No lifecycle-policy preview (dry run) exists for the repository.</summary>
    LifecyclePolicyPreviewNotFound,

    /// <summary><c>LimitExceededException</c>: The call would exceed an account service quota (for example the image-scan quota).</summary>
    LimitExceeded,

    /// <summary><c>PullThroughCacheRuleAlreadyExistsException</c>: An equivalent pull-through-cache rule already exists.</summary>
    PullThroughCacheRuleAlreadyExists,

    /// <summary><c>PullThroughCacheRuleNotFoundException</c>: The pull-through-cache rule does not exist.</summary>
    PullThroughCacheRuleNotFound,

    /// <summary><c>ReferencedImagesNotFoundException</c>: A manifest list / index references an image that is not in the repository.</summary>
    ReferencedImagesNotFound,

    /// <summary><c>RegistryPolicyNotFoundException</c>: The registry has no registry policy.</summary>
    RegistryPolicyNotFound,

    /// <summary><c>RepositoryAlreadyExistsException</c>: A repository with that name already exists in the registry.</summary>
    RepositoryAlreadyExists,

    /// <summary><c>RepositoryNotEmptyException</c>: The repository still holds images; delete them or pass force=true.</summary>
    RepositoryNotEmpty,

    /// <summary><c>RepositoryNotFoundException</c>: The repository does not exist in the addressed registry.</summary>
    RepositoryNotFound,

    /// <summary><c>RepositoryPolicyNotFoundException</c>: The repository has no repository policy.</summary>
    RepositoryPolicyNotFound,

    /// <summary><c>ScanNotFoundException</c>: No scan exists for the image (scanning not enabled or never run).</summary>
    ScanNotFound,

    /// <summary><c>SecretNotFoundException</c>: The Secrets Manager secret named in a pull-through-cache rule does not exist.</summary>
    SecretNotFound,

    /// <summary><c>ServerException</c>: Internal server-side failure.</summary>
    ServerError,

    /// <summary><c>SigningConfigurationNotFoundException</c>: No signing configuration exists.</summary>
    SigningConfigurationNotFound,

    /// <summary><c>TemplateAlreadyExistsException</c>: A repository-creation template with that prefix already exists.</summary>
    TemplateAlreadyExists,

    /// <summary><c>TemplateNotFoundException</c>: The repository-creation template does not exist.</summary>
    TemplateNotFound,

    /// <summary><c>TooManyTagsException</c>: The repository would carry more than 50 resource tags.</summary>
    TooManyTags,

    /// <summary><c>UnableToAccessSecretException</c>: The pull-through-cache secret cannot be read (permissions).</summary>
    UnableToAccessSecret,

    /// <summary><c>UnableToDecryptSecretValueException</c>: The pull-through-cache secret can be read but not decrypted.</summary>
    UnableToDecryptSecretValue,

    /// <summary><c>UnableToGetUpstreamImageException</c>: The pull-through cache could not fetch the image from the upstream registry.</summary>
    UnableToGetUpstreamImage,

    /// <summary><c>UnableToGetUpstreamLayerException</c>: The pull-through cache could not fetch a layer from the upstream registry.</summary>
    UnableToGetUpstreamLayer,

    /// <summary><c>UnableToListUpstreamImageReferrersException</c>: The pull-through cache could not list referrers upstream.</summary>
    UnableToListUpstreamImageReferrers,

    /// <summary><c>UnsupportedImageTypeException</c>: The image type cannot be scanned.</summary>
    UnsupportedImageType,

    /// <summary><c>UnsupportedUpstreamRegistryException</c>: The upstream registry is not supported for pull-through cache.</summary>
    UnsupportedUpstreamRegistry,

    /// <summary><c>UploadNotFoundException</c>: The layer upload id is unknown for this repository.</summary>
    UploadNotFound,

    /// <summary><c>ValidationException</c>: The request failed validation.</summary>
    Validation,

    /// <summary>The request rate was throttled (<c>ThrottlingException</c>, <c>TooManyRequestsException</c>, HTTP 429 and the other throttling codes).</summary>
    Throttling,

    /// <summary>IAM does not allow the action (<c>AccessDeniedException</c>, <c>AccessDenied</c>).</summary>
    AccessDenied,

    /// <summary>The access key id or security token is unknown (<c>UnrecognizedClientException</c>, <c>InvalidClientTokenId</c>, <c>MissingAuthenticationToken</c>).</summary>
    UnrecognizedClient,

    /// <summary>The signature does not match (<c>InvalidSignatureException</c>, <c>SignatureDoesNotMatch</c>, <c>IncompleteSignature</c>).</summary>
    InvalidSignature,

    /// <summary>The session credentials have expired (<c>ExpiredTokenException</c>).</summary>
    ExpiredToken,

    /// <summary>The request time is too far from the server's (<c>RequestTimeTooSkewed</c>, <c>RequestExpired</c>).</summary>
    ClockSkew,

    /// <summary>The service is temporarily unavailable (<c>ServiceUnavailable</c>, HTTP 503).</summary>
    ServiceUnavailable,

    /// <summary>An unknown server-side failure (<c>InternalFailure</c>, HTTP 500, 502 or 504 without a known code).</summary>
    InternalFailure,

    /// <summary>The connection failed: refused, reset, DNS, or a response cut short.</summary>
    Network,

    /// <summary>An attempt or the operation timed out, or the server reported a request timeout.</summary>
    Timeout,

    /// <summary>The response could not be understood, such as a 200 whose body is not valid JSON.</summary>
    InvalidResponse,

    /// <summary>The response body exceeded <see cref="EcrClientOptions.MaxResponseBytes"/>.</summary>
    ResponseTooLarge,

    /// <summary>The client is not configured to make the call: no region, no credentials, or conflicting endpoint options.</summary>
    Configuration,
}
