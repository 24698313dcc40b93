namespace TrainingSubsidy.Core.Common;

/// <summary>Messages in Chinese keyed by the form field they belong to; empty when the input is valid.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;

    public IReadOnlyDictionary<string, List<string>> ByField => _errors;

    public IEnumerable<string> All => _errors.Values.SelectMany(messages => messages);

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            messages = [];
            _errors[field] = messages;
        }

        messages.Add(message);
    }

    public IEnumerable<string> For(string field) =>
        _errors.TryGetValue(field, out var messages) ? messages : [];

    /// <summary>Throws a <see cref="DomainException"/> listing every message when there is any.</summary>
    public void ThrowIfInvalid()
    {
        if (!IsValid)
        {
            throw new DomainException(string.Join(" ", All));
        }
    }
}
