namespace Pipeline.Plugins.MetadataExtractor;

/// <summary>
/// The most frequent function words of each supported language, lower case. A word that is frequent in
/// several languages is listed under each of them, so that it adds to all alike and favours none.
/// </summary>
internal static class StopWords
{
    public static IReadOnlyList<string> Codes { get; } = ["en", "fr", "de", "es", "it", "pt", "nl"];

    public static IReadOnlyDictionary<string, string> Lists { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["en"] = "the of and to a in is that it was for on are with as his her they be at this have from or had by not but what were " +
                 "we when your can said there which their if will would about been has who its an he she them than these also after into " +
                 "could you i my our more all do so no up out just should because while those how one other only over such most some",
        ["fr"] = "le la les de des du et est un une en dans pour que qui pas sur au aux avec ce cette ces il elle ils elles sont mais ou où " +
                 "par plus ne se son sa ses nous vous leur leurs été fait aussi comme entre très sans être avait était a on y je tout tous " +
                 "peut même après deux dont lui si ma à",
        ["de"] = "der die das und ist nicht ein eine einen einem einer dem den des zu mit sich auf für von auch es im sie er wir ich dass daß " +
                 "aber wie noch nach bei wird werden hat haben war oder sind aus nur wenn über vor um so am an in was als man mehr durch " +
                 "kann schon wurde zum zur diese dieser sein seine da du",
        ["es"] = "el la los las de del y que en un una por con para es no se su sus al lo como más mas pero le ya este esta entre cuando " +
                 "muy sin sobre también fue hay desde está son todo ha han nos ese eso a porque hasta donde ser era si me",
        ["it"] = "il lo la gli le di che e è un una per non con del della dei delle nel nella si sono ma anche come più alla al questo " +
                 "questa suo sua loro ha hanno essere stato era molto tra fra quando perché ci degli a in da no ne su uno se dal dalla " +
                 "sul sulla cui i",
        ["pt"] = "o os a as do da dos das de e que um uma não para com por em no na nos nas se mais como mas ao ele ela seu sua foi são " +
                 "está também muito já quando isso esse essa pelo pela entre depois sem há ou este era ser sobre todo desde eu até é à às num numa",
        ["nl"] = "de het een en van is dat die in op te voor met zijn niet aan er maar ook als bij nog wordt door naar dan om uit over " +
                 "heeft hij zij wij ze was kan deze worden dit geen tot wel veel hun je ik we al nu of werd hebben had zou",
    };
}
