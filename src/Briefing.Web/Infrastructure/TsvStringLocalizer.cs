using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Localization;

namespace Briefing.Web.Infrastructure;

/// <summary>
/// UI strings from tab-separated files embedded from Resources/Strings/*.tsv (key, English, Hebrew), one file per
/// feature so parallel work never edits the same file. A missing Hebrew text falls back to English, a missing key
/// shows the key (and is reported by a test).
/// </summary>
public sealed class TsvStringLocalizerFactory : IStringLocalizerFactory
{
    private readonly TsvStringLocalizer localizer = new(Load());

    public IStringLocalizer Create(Type resourceSource) => localizer;

    public IStringLocalizer Create(string baseName, string location) => localizer;

    internal static FrozenDictionary<string, (string En, string He)> Load()
    {
        var assembly = typeof(TsvStringLocalizerFactory).Assembly;
        var strings = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".tsv", StringComparison.Ordinal)).Order())
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            var lineNumber = 0;
            while (reader.ReadLine() is { } line)
            {
                lineNumber++;
                if (line.Length == 0 || line.StartsWith('#'))
                    continue;
                var parts = line.Split('\t');
                if (parts.Length != 3)
                    throw new InvalidDataException($"{name}:{lineNumber}: expected key, English and Hebrew separated by tabs.");
                if (!strings.TryAdd(parts[0], (parts[1], parts[2])))
                    throw new InvalidDataException($"{name}:{lineNumber}: duplicate key '{parts[0]}'.");
            }
        }
        return strings.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

public sealed class TsvStringLocalizer(FrozenDictionary<string, (string En, string He)> strings) : IStringLocalizer
{
    public LocalizedString this[string name] => Find(name, null);

    public LocalizedString this[string name, params object[] arguments] => Find(name, arguments);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        strings.Keys.Select(k => Find(k, null));

    private LocalizedString Find(string name, object[]? arguments)
    {
        if (!strings.TryGetValue(name, out var texts))
            return new LocalizedString(name, name, resourceNotFound: true);
        var hebrew = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "he" && texts.He.Length > 0;
        var text = hebrew ? texts.He : texts.En;
        return new LocalizedString(name, arguments is null ? text : string.Format(CultureInfo.CurrentCulture, text, arguments));
    }
}

/// <summary>The <see cref="IStringLocalizer{T}"/> pages inject, backed by the TSV strings.</summary>
public sealed class TsvStringLocalizer<T>(IStringLocalizerFactory factory) : IStringLocalizer<T>
{
    private readonly IStringLocalizer inner = factory.Create(typeof(T));
    public LocalizedString this[string name] => inner[name];
    public LocalizedString this[string name, params object[] arguments] => inner[name, arguments];
    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);
}

public static class TsvLocalizationExtensions
{
    public static IServiceCollection AddTsvLocalization(this IServiceCollection services)
    {
        services.AddSingleton<IStringLocalizerFactory, TsvStringLocalizerFactory>();
        services.AddTransient(typeof(IStringLocalizer<>), typeof(TsvStringLocalizer<>));
        return services;
    }
}
