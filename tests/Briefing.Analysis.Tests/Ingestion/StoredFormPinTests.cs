using Briefing.Analysis.Ingestion;

namespace Briefing.Analysis.Tests.Ingestion;

/// <summary>
/// Stored signatures and fingerprints are compared with ones computed later, so their values must never drift.
/// The expected strings were produced by the code before its performance rewrite (commit 34d9846) from these inputs.
/// </summary>
public class StoredFormPinTests
{
    // Niqqud, geresh and gershayim in both forms, prefixes, Latin names inside Hebrew, thousands separators and years.
    private static readonly ParsedArticle Hebrew = new()
    {
        Title = "נְתַנְיָהוּ נפגש עם ג'ייהון בייראמוב בבאקו: 1,350 ק\"מ של צינור",
        Text = """
            ראש הממשלה בנימין נתניהו נפגש אתמול בירושלים עם שר החוץ של אזרבייג׳ן, ג'ייהון בייראמוב, ועם שליח ארה"ב סטיב ויטקוף.
            השניים דנו בהארכת הוויתור על סעיף 907, המגביל מאז 1992 את הסיוע לאזרבייג'ן, ובעסקה בהיקף 3.000 מיליון דולר.

            לדברי גורמים, Trump's envoy Witkoff ו-Aliyev ייפגשו שוב ב-24.11.2025 בווינה; 10% מהגז יועבר דרך טורקיה.
            """,
        Language = "he",
        Published = new DateTimeOffset(2025, 11, 20, 9, 30, 0, TimeSpan.FromHours(2)),
    };

    // Acronyms, possessives, sentence-initial capitals, accented Latin, a ligature, typographic quotes and dashes.
    private static readonly ParsedArticle English = new()
    {
        Title = "U.S. envoy Witkoff meets Aliyev in Baku over $1,200 pipeline deal",
        Text = """
            WASHINGTON — The U.S. special envoy, Steve Witkoff, met Azerbaijan's President Ilham Aliyev in Baku on Monday, officials said.
            “We discussed Section 907,” Witkoff told reporters; the 1992 provision bars most direct aid. Pezeshkian's office in Tehran declined to comment.

            Analysts at the Café Zürich office (ﬁnance desk) expect 3,000 jobs and a 12.5% rise — NATO and the EU were not consulted. Ελλάδα ΣΟΦΙΑ.
            Short line.
            """,
        Language = "en",
        Published = null,
    };

    [Fact]
    public void Story_signatures_are_unchanged()
    {
        Assert.Equal("s1|he|2025-11-20|2012b056ef4b74e,48631579824c169,5a6b7f6850fded6,bc423b0414aa67,1f1f988b0922a52,ebe648ef8f462,1c9fd486a65ceda,b71b69b5ff59211,55d45967ffbe680,1084b1c03d31318,a6833715abd3bc6,34c52b35c0d05bf,70940760f8c850,ca1ec922912239b,31d4059a1d7a3de,fbc151f112ebf,5f830d0a56347a0,51edda7ff7889d6,284aaf5e78cc84,2b447364120a7b2,f08cf95d857b75,2370faba3c33700f,a60fc73bd9446e0,f41413922de121,21fbc51d844747f,3cc0a1edb141bd9,2b575bef9a9d6bc,3555d0c1ac582b4,193aaade8c56fd3e,10e261733b5c283,34d7546b4c958ba,54c64c68bab80e9,1dd4daef4e6e986,ccae3e8533123da,7846b82c317c5c0,6f199328ce2e60d,d8f4d37035a1df,c10b23f5ff8474,c33acc4a6ad846,5698c79584aea3,1ec5eaa8682d28fd,243fcb347743ad0,ec6a0d2961c54da,6cb664328035097,5140d84cc7bd554,108ba6deecce90ae,991c8cc06fdae7b,274e8ae505d4ace,c7a46889125d64,684a002c3e170e1,8302ae5b29dab7b,5378002f3a71493,38a767410ffc3cc,6bf421db963700,a781199d407f783,1e51fa66669663d,2c25756a3f83d7,92087d5d92aead,b7f2a470ab418d3,4e78134667975f3,117d723886db9559,4e3f833f07ee915,3809e88b27e65c6,2e79cd245feed88|BKP,BNMN,BRKT,BRMB,BRSLM,BSK,BTKP,BTR,CNR,DBR,DLR,DRK,KBL,KRM,LDBR,LZRBJN,MKBL,MKZ,MLN,MSL,NMN,NPKS,NTN,PKS,RKT,RMB,RSLM,SNM,STB,TKP,TML,TRK,TRMPS,ZRBJN|10,11,1350,24,3000,907", StorySignature.Compute(Hebrew).Serialize());
        Assert.Equal("s1|en||c6071e32b7f120b,60cbb0f0ba667c8,108eb575128391c1,4aeffb2602c59b5,b01adefee33ae90,a1f4740f585951e,30529989e3949e1,e6c14ae07273f8,3b02776562dda93,1038da6ada0c6238,9fbc60e61fd12da,2b9d6740ca9d8ca,26671050ddd1d87,102b11f73f96da5,6409d8edfe15574,ed7040439fd2bd1,2af35c520c6aa08,2d9a874b7950f7d,1e0824b62527764,1c727f4169bfabb,1e7cb0a079b8b3e8,385354477d1a394,6722f1807996917,57a22793db06beb,37a6725cbd3a409,b51a13e919fab1,7241145143c6b10,3555d0c1ac582b4,10e8e30be98b106d,a572c039b3c1f9f,518075d64b352c9,5f778f12806470,56dd145486ec26,ae7313b93db29fa,1b6a37a119972e,31b9070d11cc167,183b80e7a2410ac,5802e3ae71dd244,33ad941e6319600,1ec52e421f0341d,7c063e782cb450,99d66912c15a5d4,4f4c44c8ca0a928,635b7fb64314ec9,46f55c3280a37e,b8146e0ce54768,21243ffab55346b,13e6b7955f9ed8c,292ca695aeb53a4,312d2f53a7e5e6c,1da70933c455243,a5908491b1281b,74bb931828d3620,9f40d43e9d893d7,4f610b380d2d7a4,6e69465181899a7,77014080cb218d9,5ce0682aa2ca700,1f858ec3b8659bf,28700e8d1c5ff7b,1ed7759b49d193,de80f8c37071486,8f946051613ba8,22d3d9bea868d13|BSNKTN,BTKP,MND,PRSDNT,SKTN,STB,TRN,ZRBJN,ZRC|12,1200,3000,907", StorySignature.Compute(English).Serialize());
    }

    [Fact]
    public void Story_similarity_is_unchanged()
    {
        var similarity = StorySignature.Similarity(StorySignature.Compute(Hebrew), StorySignature.Compute(English));
        Assert.Equal(4601327739284435763L, BitConverter.DoubleToInt64Bits(similarity));
    }

    [Fact]
    public void Content_fingerprints_are_unchanged()
    {
        Assert.Equal("8ede36159b222e54f5058ba46904dc58ea8d657bf0978b29a77a1f9cce5def26", ContentFingerprint.Compute(Hebrew));
        Assert.Equal("5a535fef272c20ede5533008d6c8d2e55775243bc3ee06112a04524aa863c2f5", ContentFingerprint.Compute(English));
    }

    [Fact]
    public void Folding_is_unchanged()
    {
        Assert.Equal("נתניהו נפגש עם גייהון בייראמוב בבאקו 1 350 קמ של צינור ראש הממשלה בנימין נתניהו נפגש אתמול בירושלים עם שר החוץ של אזרבייגן גייהון בייראמוב ועם שליח ארהב סטיב ויטקוף השניים דנו בהארכת הוויתור על סעיף 907 המגביל מאז 1992 את הסיוע לאזרבייגן ובעסקה בהיקף 3 000 מיליון דולר לדברי גורמים trumps envoy witkoff ו aliyev ייפגשו שוב ב 24 11 2025 בווינה 10 מהגז יועבר דרך טורקיה", TextFolding.Fold(Hebrew.Title + "\n" + Hebrew.Text));
        Assert.Equal("u s envoy witkoff meets aliyev in baku over 1 200 pipeline deal washington the u s special envoy steve witkoff met azerbaijans president ilham aliyev in baku on monday officials said we discussed section 907 witkoff told reporters the 1992 provision bars most direct aid pezeshkians office in tehran declined to comment analysts at the cafe zurich office finance desk expect 3 000 jobs and a 12 5 rise nato and the eu were not consulted ελλαδα σοφια short line", TextFolding.Fold(English.Title + "\n" + English.Text));
    }
}
