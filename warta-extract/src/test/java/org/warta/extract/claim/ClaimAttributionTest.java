package org.warta.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warta.model.Claim;
import org.warta.model.ClaimStatus;
import org.warta.model.EntityType;
import org.warta.model.Resolution;
import org.warta.model.Stance;

/** Claimants, relays, responses and status across sentences (claim/attribution.tsv, claim/responses.tsv). */
class ClaimAttributionTest {
    private static List<Claim> claims(ArticleFixture f) {
        return new ClaimFinder().find(f.doc(), f.entities(), f.quantities(), f.dates(), f.quotes()).value();
    }

    @Test
    void marksBothSidesDifferentFiguresDisputed() {
        String text = "Russia's defence ministry said its forces killed 300 Ukrainian soldiers near Bakhmut. "
                + "Ukraine's army said 40 of its soldiers were killed in the fighting.";
        ArticleFixture f = ArticleFixture.of(text, "en", LocalDate.of(2023, 3, 2));
        String mod = f.entity(EntityType.ORGANIZATION, "Russian Ministry of Defence", "RUS", "MIL",
                "Russia's defence ministry");
        String army = f.entity(EntityType.ORGANIZATION, "Armed Forces of Ukraine", "UKR", "MIL", "Ukraine's army");
        f.entity(EntityType.LOCATION, "Ukraine", "UKR", null, "Ukrainian");
        f.entity(EntityType.LOCATION, "Bakhmut", "UKR", null, "Bakhmut");
        f.quantity("300", 300, "Ukrainian soldiers", "personnel").quantity("40", 40, "of its soldiers", "personnel");
        List<Claim> cs = claims(f);
        assertThat(cs).extracting(Claim::claimant, c -> c.count().value(), Claim::status).containsExactly(
                tuple(mod, 300.0, ClaimStatus.DISPUTED), tuple(army, 40.0, ClaimStatus.DISPUTED));
        assertThat(cs.get(0).responses()).extracting(r -> r.party(), r -> r.stance())
                .containsExactly(tuple(army, Stance.DISPUTED));
        assertThat(cs.get(0).place()).isEqualTo(f.id("Bakhmut"));
    }

    /* A demonym in the counted phrase names the side when the article names its country; 'over' ends the phrase. */
    @Test
    void takesTheAffectedSideFromADemonymInTheCountedPhrase() {
        String text = "Russia's defence ministry said its air defences destroyed 41 Ukrainian drones over five "
                + "regions. Ukraine did not comment.";
        ArticleFixture f = ArticleFixture.of(text, "en", LocalDate.of(2025, 3, 4));
        String mod = f.entity(EntityType.ORGANIZATION, "Ministry of Defence of Russia", "RUS", "MIL",
                "Russia's defence ministry");
        String ukraine = f.entity(EntityType.LOCATION, "Ukraine", "UKR", null, "Ukraine");
        f.quantity("41", 41, null, null);
        Claim c = claims(f).get(0);
        assertThat(c.claimant()).isEqualTo(mod);
        assertThat(c.affected()).isEqualTo(ukraine);
        assertThat(c.objectText()).isEqualTo("Ukrainian drones");
        assertThat(c.status()).isEqualTo(ClaimStatus.CLAIMED);
    }

    /*
     * Indonesian news writes the day between the subject and its reporting word ('RSF pada Senin (10/6)
     * mengklaim'), and a country after a group's name qualifies it ('RSF Sudan'): the group is the claimant.
     */
    @Test
    void readsTheSubjectPastADayInBracketsAndACountryThatQualifiesIt() {
        String text = "Pasukan Dukungan Cepat (RSF) Sudan pada Senin (10/6) mengklaim telah menewaskan 120 tentara "
                + "pemerintah.";
        ArticleFixture f = ArticleFixture.of(text, "id", LocalDate.of(2024, 6, 11));
        String rsf = f.entity(EntityType.ORGANIZATION, "Rapid Support Forces", "SDN", "REB", "Pasukan Dukungan Cepat",
                "RSF");
        f.entity(EntityType.LOCATION, "Sudan", "SDN", null, "Sudan");
        f.date("Senin (10/6)", "2024-06-10", Resolution.DAY);
        f.quantity("120", 120, "tentara pemerintah", "personnel");
        Claim c = claims(f).get(0);
        assertThat(c.claimant()).isEqualTo(rsf);
        assertThat(c.status()).isEqualTo(ClaimStatus.CLAIMED);
    }

    /*
     * A news agency that reports figures relays them (via), and a source it quotes is the claimant; a next sentence
     * in which someone says something of their own is not the figures' source.
     */
    // A denial said to be a standing line ('selama ini', 'has repeatedly') answers no figure; a plain one does.
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "Moskow selama ini membantah menyasar warga sipil.|0",
        "Moskow membantah klaim tersebut.|1"})
    void takesNoStandingDenialForAnAnswer(String denial, int answers) {
        String text = "Ihor Kovalchuk mengatakan serangan Rusia menewaskan tiga warga sipil. " + denial;
        ArticleFixture f = ArticleFixture.of(text, "id", LocalDate.of(2025, 11, 4));
        String kovalchuk = f.entity(EntityType.PERSON, "Ihor Kovalchuk", "UKR", "GOV", "Ihor Kovalchuk");
        f.entity(EntityType.LOCATION, "Russia", "RUS", null, "Rusia", "Moskow");
        f.quantity("tiga", 3, "warga sipil", "civilians");
        f.quote("serangan Rusia menewaskan tiga warga sipil", kovalchuk, "Ihor Kovalchuk", "mengatakan");
        Claim c = claims(f).get(0);
        assertThat(c.claimant()).isEqualTo(kovalchuk);
        assertThat(c.responses()).hasSize(answers);
    }

    // A sentence that opens by pointing back to the figures before it ('This number includes ...') goes on with
    // their report, even in a paragraph of its own; without that opening it does not.
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "This number includes 1,180 casualties that Russian forces suffered over the past day.|true",
        "Elsewhere 1,180 casualties were counted over the past day.|false"})
    void carriesTheReportIntoASentenceThatPointsBackToIt(String second, boolean carried) {
        String text = "Russia has lost 1,152,870 troops since the invasion, the General Staff reported.\n\n" + second;
        ArticleFixture f = ArticleFixture.of(text, "en", LocalDate.of(2025, 11, 13));
        String staff = f.entity(EntityType.ORGANIZATION, "General Staff of the Armed Forces of Ukraine", "UKR", "MIL",
                "General Staff");
        f.entity(EntityType.LOCATION, "Russia", "RUS", null, "Russia");
        f.quantity("1,152,870", 1152870, "troops", "personnel").quantity("1,180", 1180, "casualties", "people");
        f.quote("Russia has lost 1,152,870 troops since the invasion", staff, "General Staff", "reported");
        List<Claim> cs = claims(f);
        assertThat(cs).hasSize(2);
        assertThat(cs.get(1).claimant()).isEqualTo(carried ? staff : null);
    }

    // '..., a medical group said': an indefinite subject after a comma speaks, not the place named before it.
    @Test
    void takesNoPlaceBeforeAnIndefiniteSubjectForTheSource() {
        String text = "At least 47 civilians were killed in Sudan's North Kordofan state, a medical group said.";
        ArticleFixture f = ArticleFixture.of(text, "en", LocalDate.of(2025, 11, 12));
        f.entity(EntityType.LOCATION, "Sudan", "SDN", null, "Sudan");
        f.entity(EntityType.LOCATION, "North Kordofan", "SDN", null, "North Kordofan");
        f.quantity("At least 47", 47, "civilians", "civilians");
        assertThat(claims(f)).extracting(Claim::claimant).containsOnlyNulls();
    }

    // 'The others' are the speaker's own side only when the speaker's body is armed: the army's 'dua prajurit lainnya'
    // are its soldiers; a rights commission's 'dua warga lainnya' and a rescue agency's passengers are no one's side.
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "Komandan TNI|Tentara Nasional Indonesia|MIL|prajurit|true",
        "Wakil Ketua Komnas HAM|Komnas HAM|HRI|warga|false",
        "Kepala Basarnas|Basarnas|GOV|penumpang|false"})
    void takesTheOthersForTheSpeakersSideOnlyForAParty(String role, String body, String sector, String noun,
                                                         boolean own) {
        String text = role + ", Hendrik Sitorus, mengatakan dua " + noun + " lainnya terluka.";
        ArticleFixture f = ArticleFixture.of(text, "id", LocalDate.of(2025, 10, 17));
        String org = f.entity(EntityType.ORGANIZATION, body, "IDN", sector, role.substring(role.lastIndexOf(' ') + 1));
        String hendrik = f.entityWithRole(EntityType.PERSON, "Hendrik Sitorus", "IDN", sector, role,
                "Hendrik Sitorus");
        f.quantity("dua", 2, noun + " lainnya", "people");
        f.quote("dua " + noun + " lainnya terluka", hendrik, "Hendrik Sitorus", "mengatakan");
        Claim c = claims(f).get(0);
        assertThat(c.claimant()).isEqualTo(hendrik);
        assertThat(c.affected() != null).isEqualTo(own);
    }

    // 'The others' right after a figure of the same speaker in the same sentence are more of that figure's side:
    // the health ministry's '43 warga Palestina tewas dan 218 lainnya luka-luka' are all Palestinians.
    @Test
    void takesTheOthersAfterAFigureForThatFiguresSide() {
        String text = "Kementerian Kesehatan Gaza menyatakan 43 warga Palestina tewas dan 218 lainnya luka-luka.";
        ArticleFixture f = ArticleFixture.of(text, "id", LocalDate.of(2025, 7, 17));
        String ministry = f.entity(EntityType.ORGANIZATION, "Gaza Health Ministry", "PSE", "GOV",
                "Kementerian Kesehatan Gaza");
        String people = f.entity(EntityType.ORGANIZATION, "People of Palestine", "PSE", "CVL", "warga Palestina");
        f.quantity("43", 43, "warga Palestina", "people").quantity("218", 218, "lainnya", "people");
        f.quote("43 warga Palestina tewas dan 218 lainnya luka-luka", ministry, "Kementerian Kesehatan Gaza",
                "menyatakan");
        assertThat(claims(f)).extracting(Claim::affected).containsExactly(people, people);
    }

    // 'kelompok bersenjata itu menyatakan' after the army's claim about the group is the group speaking, not the army
    // (the last source); the group's members named in the army's figure make the group its affected side.
    @Test
    void takesTheArmedGroupAsTheSubjectThatPointsBackToIt() {
        String text = "TNI mengklaim telah menembak mati sembilan anggota TPNPB-OPM di Hitadipa. Namun, kelompok "
                + "bersenjata itu menyatakan hanya dua anggotanya yang tewas.";
        ArticleFixture f = ArticleFixture.of(text, "id", LocalDate.of(2025, 10, 17));
        String tni = f.entity(EntityType.ORGANIZATION, "Tentara Nasional Indonesia", "IDN", "MIL", "TNI");
        String tpnpb = f.entity(EntityType.ORGANIZATION, "TPNPB-OPM", "IDN", "REB", "TPNPB-OPM");
        f.quantity("sembilan", 9, null, "personnel").quantity("dua", 2, "anggotanya", "people");
        f.quote("telah menembak mati sembilan anggota TPNPB-OPM di Hitadipa", tni, "TNI", "mengklaim");
        List<Claim> cs = claims(f);
        assertThat(cs).extracting(Claim::claimant, Claim::affected)
                .containsExactly(tuple(tni, tpnpb), tuple(tpnpb, tpnpb));
    }

    // A name that starts in the counted phrase is the affected side even where the phrase stops inside the name.
    @Test
    void takesANameThatStartsInTheCountedPhraseForTheAffectedSide() {
        String text = "TNI menembak mati sembilan anggota Tentara Pembebasan Nasional Papua Barat-Organisasi Papua "
                + "Merdeka (TPNPB-OPM).";
        ArticleFixture f = ArticleFixture.of(text, "id", LocalDate.of(2025, 10, 17));
        f.entity(EntityType.ORGANIZATION, "Tentara Nasional Indonesia", "IDN", "MIL", "TNI");
        String tpnpb = f.entity(EntityType.ORGANIZATION, "TPNPB-OPM", "IDN", "REB",
                "Tentara Pembebasan Nasional Papua Barat-Organisasi Papua Merdeka");
        f.quantity("sembilan", 9, "anggota Tentara Pembebasan Nasional Papua", "personnel");
        assertThat(claims(f)).extracting(Claim::affected).containsExactly(tpnpb);
    }

    // A sentence with figures and no reporting word goes on with the statement just before it in its paragraph,
    // even when that statement gave no figure; a paragraph later it does not.
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {"' '|true", "'\n\n'|false"})
    void carriesAStatementWithoutFiguresIntoTheFiguresAfterIt(String between, boolean carried) {
        String text = "The battlegroup liberated the settlement of Petropavlovka, according to the ministry." + between
                + "Ukrainian losses in that area amounted to up to 215 servicemen.";
        ArticleFixture f = ArticleFixture.of(text, "en", LocalDate.of(2025, 11, 8));
        String mod = f.entity(EntityType.ORGANIZATION, "Ministry of Defence of Russia", "RUS", "MIL", "the ministry");
        f.quantity("215", 215, "servicemen", "personnel");
        assertThat(claims(f)).extracting(Claim::claimant).containsExactly(carried ? mod : null);
    }

    @Test
    void keepsAnAgencysReportAsARelayAndANextStatementApart() {
        String text = "The National News Agency reported that the strikes killed three people. "
                + "The Health Ministry said the paramedic worked for a civil defence team.";
        ArticleFixture f = ArticleFixture.of(text, "en", LocalDate.of(2024, 10, 2));
        String nna = f.entity(EntityType.ORGANIZATION, "National News Agency", "LBN", "JRN", "National News Agency");
        String moh = f.entity(EntityType.ORGANIZATION, "Ministry of Health of Lebanon", "LBN", "GOV",
                "Health Ministry");
        f.quantity("three", 3, "people", "people");
        f.quote("the strikes killed three people", nna, "National News Agency", "reported");
        f.quote("the paramedic worked for a civil defence team", moh, "Health Ministry", "said");
        Claim c = claims(f).get(0);
        assertThat(c.claimant()).isNull();
        assertThat(c.via()).containsExactly("National News Agency");
        assertThat(c.status()).isEqualTo(ClaimStatus.REPORTED);
    }

    @Test
    void takesWhomAnAgencyQuotesAsTheClaimant() {
        String text = "Serangan itu menewaskan dua polisi, kata Kantor Berita IRNA mengutip kepala kepolisian "
                + "Esmael Ahmadi-Moghaddam.";
        ArticleFixture f = ArticleFixture.of(text, "id", LocalDate.of(2009, 1, 10));
        f.entity(EntityType.ORGANIZATION, "IRNA", "IRN", "JRN", "Kantor Berita IRNA");
        String chief = f.entity(EntityType.PERSON, "Esmael Ahmadi-Moghaddam", "IRN", "COP", "Esmael Ahmadi-Moghaddam");
        f.quantity("dua", 2, "polisi", "personnel");
        Claim c = claims(f).get(0);
        assertThat(c.claimant()).isEqualTo(chief);
        assertThat(c.via()).containsExactly("IRNA");
    }

    /* A denial of 'the claim' answers the party claims just before it of every speaker on that side. */
    @Test
    void letsADenialAnswerTheClaimsOfTheWholeSideJustBeforeIt() {
        String text = "RSF mengklaim telah menewaskan 120 tentara. \"Kami menyita 35 kendaraan tempur,\" kata juru "
                + "bicara RSF Al-Fateh Qurashi. Militer Sudan membantah klaim tersebut.";
        ArticleFixture f = ArticleFixture.of(text, "id", LocalDate.of(2024, 6, 11));
        String rsf = f.entity(EntityType.ORGANIZATION, "Rapid Support Forces", "SDN", "REB", "RSF");
        String qurashi = f.entity(EntityType.PERSON, "Al-Fateh Qurashi", "SDN", "REB", "Al-Fateh Qurashi");
        String army = f.entity(EntityType.ORGANIZATION, "Military of Sudan", "SDN", "MIL", "Militer Sudan");
        f.quantity("120", 120, "tentara", "personnel").quantity("35", 35, "kendaraan tempur", "armoured_vehicle");
        f.quote("Kami menyita 35 kendaraan tempur", qurashi, "Al-Fateh Qurashi", "kata");
        List<Claim> cs = claims(f);
        assertThat(cs).extracting(Claim::claimant, Claim::status).containsExactly(
                tuple(rsf, ClaimStatus.DENIED), tuple(qurashi, ClaimStatus.DENIED));
        assertThat(cs.get(0).responses()).extracting(r -> r.party()).containsExactly(army);
    }

    /* Who made a weapon is neither its owner nor the one who used it; a share is no count. */
    @Test
    void takesNoSideFromAMakerAndNoClaimFromAShare() {
        String text = "Kemhan Rusia mengklaim pasukannya menghancurkan tiga tank Leopard buatan Jerman dan menewaskan "
                + "400 tentara Ukraina. Kementerian itu menyebut lebih dari separuh korban adalah perwira.";
        ArticleFixture f = ArticleFixture.of(text, "id", LocalDate.of(2024, 8, 15));
        f.entity(EntityType.ORGANIZATION, "Ministry of Defence of Russia", "RUS", "MIL", "Kemhan Rusia");
        f.entity(EntityType.LOCATION, "Germany", "DEU", null, "Jerman");
        String ukraine = f.entity(EntityType.LOCATION, "Ukraine", "UKR", null, "Ukraina");
        f.quantity("tiga", 3, "tank Leopard buatan Jerman", "armoured_vehicle")
                .quantity("400", 400, "tentara Ukraina", "personnel")
                .quantity("lebih dari separuh", 0.5, "korban", null);
        List<Claim> cs = claims(f);
        assertThat(cs).extracting(c -> c.count().value()).containsExactly(3.0, 400.0);
        assertThat(cs.get(0).affected()).isNull();
        assertThat(cs.get(1).agent()).isNotEqualTo(f.id("Germany"));
        assertThat(cs.get(1).affected()).isEqualTo(ukraine);
    }

    /* The source after 'menurut' stands before the clause's comma; past it is what the source speaks of. */
    @Test
    void takesNoSourceAfterTheCommaOfAccordingTo() {
        String text = "Menurut Staf Umum, Rusia kehilangan 1.140 tentara dalam sehari terakhir.";
        ArticleFixture f = ArticleFixture.of(text, "id", LocalDate.of(2024, 8, 15));
        f.entity(EntityType.LOCATION, "Russia", "RUS", null, "Rusia");
        f.quantity("1.140", 1140, "tentara", "personnel");
        assertThat(claims(f).get(0).claimant()).isNull();
    }

    /* An attack word names the agent: a demonym before it, or an actor after it past a cause word. */
    @Test
    void takesTheAgentFromAnAttackWord() {
        String text = "Israeli strikes killed at least 44 people across Gaza, according to hospitals. The Israeli "
                + "military struck 150 targets. Menurut pejabat Pakistan, sedikitnya 26 warga sipil tewas dan 46 "
                + "lainnya luka-luka akibat serangan India tersebut.";
        ArticleFixture f = ArticleFixture.of(text, "en", LocalDate.of(2025, 5, 7));
        String idf = f.entity(EntityType.ORGANIZATION, "Military of Israel", "ISR", "MIL", "Israeli military");
        f.entity(EntityType.ORGANIZATION, "Government of Pakistan", "PAK", "GOV", "pejabat Pakistan");
        String india = f.entity(EntityType.LOCATION, "India", "IND", null, "India");
        f.entity(EntityType.LOCATION, "Gaza", "PSE", null, "Gaza");
        f.quantity("at least 44", 44, "people", "people").quantity("26", 26, "warga sipil", "civilians")
                .quantity("46", 46, "lainnya", "people");
        List<Claim> cs = claims(f);
        assertThat(cs).extracting(Claim::agent).containsExactly(idf, india, india);
    }

    /*
     * An attack word heading a clause's subject names the agent through the demonym or actor among its modifiers, past
     * a place named later in the clause; a place after the attack word ('strikes in south Lebanon') is where it struck.
     */
    @Test
    void takesTheAgentFromAnAttackHeadingTheSubject() {
        String text = "An Israeli air strike has hit a school in Gaza City, killing 19 people. A Russian drone attack "
                + "on the port of Odesa killed two people, Russia's foes said. The IDF said strikes in south Lebanon "
                + "killed three fighters.";
        ArticleFixture f = ArticleFixture.of(text, "en", LocalDate.of(2025, 12, 16));
        String idf = f.entity(EntityType.ORGANIZATION, "Military of Israel", "ISR", "MIL", "IDF");
        String russia = f.entity(EntityType.LOCATION, "Russia", "RUS", null, "Russia");
        f.entity(EntityType.LOCATION, "Gaza City", "PSE", null, "Gaza City");
        f.entity(EntityType.LOCATION, "Odesa", "UKR", null, "Odesa");
        String lebanon = f.entity(EntityType.LOCATION, "Lebanon", "LBN", null, "Lebanon");
        f.quantity("19", 19, "people", "people").quantity("two", 2, "people", "people")
                .quantity("three", 3, "fighters", "personnel");
        List<Claim> cs = claims(f);
        assertThat(cs).extracting(Claim::agent).startsWith(idf, russia);
        assertThat(cs.get(2).agent()).isNotEqualTo(lebanon);
    }

    /*
     * A side's silence about people's losses answers the figures of what others say its side did, though it answers
     * the last claimant of another side too: the toll of the Russian strike, not only the air force's drones.
     */
    @Test
    void aSilenceAboutCasualtiesAnswersWhatOthersSayItsSideDid() {
        String text = "A Russian drone attack on the port of Odesa killed two people, the Port Workers' Union said. "
                + "Ukraine's air force said it shot down 40 drones overnight. Russia's Defence Ministry did not comment "
                + "on the civilian casualties.";
        ArticleFixture f = ArticleFixture.of(text, "en", LocalDate.of(2025, 12, 19));
        String mod = f.entity(EntityType.ORGANIZATION, "Ministry of Defence of Russia", "RUS", "MIL",
                "Russia's Defence Ministry");
        f.entity(EntityType.ORGANIZATION, "Air Force of Ukraine", "UKR", "MIL", "Ukraine's air force");
        String union = f.entity(EntityType.ORGANIZATION, "Port Workers' Union", null, null, "Port Workers' Union");
        f.entity(EntityType.LOCATION, "Odesa", "UKR", null, "Odesa");
        f.quantity("two", 2, "people", "people").quantity("40", 40, "drones", "drone");
        List<Claim> cs = claims(f);
        assertThat(cs.get(0).claimant()).isEqualTo(union);
        assertThat(cs.get(0).agent()).isEqualTo(mod);
        assertThat(cs.get(0).responses()).extracting(r -> r.party(), r -> r.stance())
                .containsExactly(tuple(mod, Stance.NO_COMMENT));
        assertThat(cs.get(1).responses()).extracting(r -> r.party()).containsExactly(mod);
    }

    /*
     * An arrest or seizure no one is cited for, done by the police ('polisi menyita'), is the police's own account: the
     * police source nearest it claims it; one done by others ('massa membakar') or cited ('menurut warga') is not.
     */
    @Test
    void givesAnUncitedSeizureByThePoliceToThePolicesSource() {
        String text = "Kapolres Bima AKBP Made Putra mengatakan dua warga tewas dalam bentrokan itu.\n\nDari lokasi, "
                + "polisi menyita tiga bilah parang.\n\nMassa juga merampas empat sepeda motor.\n\nMenurut warga, "
                + "polisi menangkap sembilan orang.";
        ArticleFixture f = ArticleFixture.of(text, "id", LocalDate.of(2025, 12, 1));
        String putra = f.entityWithRole(EntityType.PERSON, "Made Putra", "IDN", "COP", "Kapolres Bima AKBP",
                "Made Putra");
        f.quantity("dua", 2, "warga", "people").quantity("tiga", 3, "bilah parang", "other")
                .quantity("empat", 4, "sepeda motor", "vehicle").quantity("sembilan", 9, "orang", "people");
        List<Claim> cs = claims(f);
        assertThat(cs).extracting(c -> c.count().value(), Claim::claimant).containsExactly(tuple(2.0, putra),
                tuple(3.0, putra), tuple(4.0, null), tuple(9.0, null));
    }

    /* A source after a title whose name lists its parts with commas is the title's holder, not no one. */
    @Test
    void findsTheHolderAfterATitleThatListsItsParts() {
        String text = "Gempa mengguncang Sigi pada Kamis dini hari. Lima orang meninggal dunia.\n\nData tersebut "
                + "disampaikan Kepala Pusat Data, Informasi, dan Komunikasi Kebencanaan BNPB Abdul Muhari dalam "
                + "keterangan tertulis.";
        ArticleFixture f = ArticleFixture.of(text, "id", LocalDate.of(2025, 12, 18));
        String muhari = f.entity(EntityType.PERSON, "Abdul Muhari", "IDN", "GOV", "Abdul Muhari");
        f.entity(EntityType.ORGANIZATION, "BNPB", "IDN", "GOV", "BNPB");
        f.entity(EntityType.LOCATION, "Sigi", "IDN", null, "Sigi");
        f.quantity("Lima", 5, "orang", "people");
        assertThat(claims(f)).extracting(Claim::claimant).containsExactly(muhari);
        String text2 = "Sebelas penumpang belum ditemukan. Data tersebut disampaikan Kepala Kantor Pencarian dan "
                + "Pertolongan (Basarnas) Surabaya, Ahmad Fauzi Rachman, Senin.";
        ArticleFixture g = ArticleFixture.of(text2, "id", LocalDate.of(2025, 12, 18));
        String fauzi = g.entity(EntityType.PERSON, "Ahmad Fauzi Rachman", "IDN", "GOV", "Ahmad Fauzi Rachman");
        g.entity(EntityType.ORGANIZATION, "Basarnas", "IDN", "GOV", "Basarnas");
        g.entity(EntityType.LOCATION, "Surabaya", "IDN", null, "Surabaya");
        g.quantity("Sebelas", 11, "penumpang", "people");
        assertThat(claims(g)).extracting(Claim::claimant).containsExactly(fauzi);
    }

    /*
     * A lead that cites no one takes the source of the paragraph after it when that paragraph speaks of the lead's
     * story, here by one of its words ('banjir'), though it names no figure or loss.
     */
    @Test
    void givesAnUncitedLeadToTheNextParagraphsSourceOnItsStory() {
        String text = "Tiga warga meninggal dunia akibat banjir bandang di Bima, Rabu sore.\n\nKepala BPBD Bima "
                + "Syarifuddin Ahmad mengatakan banjir terjadi setelah hujan deras mengguyur sejak siang.";
        ArticleFixture f = ArticleFixture.of(text, "id", LocalDate.of(2025, 12, 17));
        String kalak = f.entityWithRole(EntityType.PERSON, "Syarifuddin Ahmad", "IDN", "GOV", "Kepala BPBD Bima",
                "Syarifuddin Ahmad");
        f.entity(EntityType.LOCATION, "Bima", "IDN", null, "Bima");
        f.quantity("Tiga", 3, "warga", "people");
        assertThat(claims(f)).extracting(Claim::claimant).containsExactly(kalak);
    }

    /* A later sentence that points back to the claim ('Klaim itu') and names a relay relays the claim. */
    @Test
    void carriesARelayNamedForTheClaimInALaterSentence() {
        String text = "Kemhan Rusia mengklaim pasukannya menewaskan 400 tentara Ukraina.\n\nKlaim itu disampaikan "
                + "dalam laporan harian yang dikutip kantor berita TASS.";
        ArticleFixture f = ArticleFixture.of(text, "id", LocalDate.of(2024, 8, 15));
        f.entity(EntityType.ORGANIZATION, "Ministry of Defence of Russia", "RUS", "MIL", "Kemhan Rusia");
        f.entity(EntityType.ORGANIZATION, "TASS", "RUS", "JRN", "TASS");
        f.entity(EntityType.LOCATION, "Ukraine", "UKR", null, "Ukraina");
        f.quantity("400", 400, "tentara Ukraina", "personnel");
        assertThat(claims(f).get(0).via()).containsExactly("TASS");
    }

    /* A spokesman's 'we' is the organisation his role names: its forces did what he claims. */
    @Test
    void takesTheOrganisationOfASpokesmansRoleAsTheAgentOfWe() {
        String text = "RSF menyerang kota itu. \"Pasukan kami menyita 35 kendaraan tempur,\" kata juru bicara RSF "
                + "Al-Fateh Qurashi.";
        ArticleFixture f = ArticleFixture.of(text, "id", LocalDate.of(2024, 6, 11));
        String rsf = f.entity(EntityType.ORGANIZATION, "Rapid Support Forces", "SDN", "REB", "RSF");
        String qurashi = f.entityWithRole(EntityType.PERSON, "Al-Fateh Qurashi", "SDN", "REB", "juru bicara RSF",
                "Al-Fateh Qurashi");
        f.quantity("35", 35, "kendaraan tempur", "armoured_vehicle");
        f.quote("Pasukan kami menyita 35 kendaraan tempur", qurashi, "Al-Fateh Qurashi", "kata");
        Claim c = claims(f).get(0);
        assertThat(c.claimant()).isEqualTo(qurashi);
        assertThat(c.agent()).isEqualTo(rsf);
    }

    /* Of two reporting words in one sentence, the one before the figure governs it. */
    @Test
    void givesTheFigureToTheSourceOfTheReportingWordBeforeIt() {
        String text = "The military said its troops killed 40 fighters, while the National Unity Government said an "
                + "airstrike killed 17 civilians.";
        ArticleFixture f = ArticleFixture.of(text, "en", LocalDate.of(2024, 5, 2));
        String army = f.entity(EntityType.ORGANIZATION, "Military of Myanmar", "MMR", "MIL", "military");
        String nug = f.entity(EntityType.ORGANIZATION, "National Unity Government", "MMR", "OPP",
                "National Unity Government");
        f.quantity("40", 40, "fighters", "personnel").quantity("17", 17, "civilians", "civilians");
        assertThat(claims(f)).extracting(Claim::claimant).containsExactly(army, nug);
    }

    @Test
    void readsADenialAndARelayingAgency() {
        String text = "Militer Israel mengklaim telah menghancurkan 12 peluncur roket di Gaza, seperti dilansir "
                + "Reuters. Hamas membantah klaim tersebut.";
        ArticleFixture f = ArticleFixture.of(text, "id", LocalDate.of(2024, 1, 10));
        String idf = f.entity(EntityType.ORGANIZATION, "Israel Defense Forces", "ISR", "MIL", "Militer Israel");
        String hamas = f.entity(EntityType.ORGANIZATION, "Hamas", "PSE", "REB", "Hamas");
        f.entity(EntityType.ORGANIZATION, "Reuters", "GBR", "JRN", "Reuters");
        f.entity(EntityType.LOCATION, "Gaza", "PSE", null, "Gaza");
        f.quantity("12", 12, "peluncur roket", "artillery");
        Claim c = claims(f).get(0);
        assertThat(c.claimant()).isEqualTo(idf);
        assertThat(c.via()).containsExactly("Reuters");
        assertThat(c.status()).isEqualTo(ClaimStatus.DENIED);
        assertThat(c.responses()).extracting(r -> r.party(), r -> r.stance())
                .containsExactly(tuple(hamas, Stance.DENIED));
    }

    // 'a claim the military rejected': the party right before a bare verb of answering, after a noun for a claim,
    // answers the figure its sentence gives; 'the court rejected' without a claim noun answers nothing.
    @Test
    void readsTheAnswerInAClaimThePartyRejected() {
        String text = "Yonas Magai said TPNPB fighters had shot dead six soldiers, a claim the military rejected.";
        ArticleFixture f = ArticleFixture.of(text, "en", LocalDate.of(2025, 11, 18));
        String yonas = f.entity(EntityType.PERSON, "Yonas Magai", null, null, "Yonas Magai");
        String tni = f.entity(EntityType.ORGANIZATION, "Military of Indonesia", "IDN", "MIL", "military");
        f.quantity("six", 6, "soldiers", "personnel");
        f.quote("TPNPB fighters had shot dead six soldiers", yonas, "Yonas Magai", "said");
        Claim c = claims(f).get(0);
        assertThat(c.status()).isEqualTo(ClaimStatus.DENIED);
        assertThat(c.responses()).extracting(r -> r.party(), r -> r.stance()).containsExactly(tuple(tni, Stance.DENIED));
        ArticleFixture court = ArticleFixture.of("Yonas Magai said TPNPB fighters had shot dead six soldiers. The "
                + "military rejected an appeal.", "en", LocalDate.of(2025, 11, 18));
        String y2 = court.entity(EntityType.PERSON, "Yonas Magai", null, null, "Yonas Magai");
        court.entity(EntityType.ORGANIZATION, "Military of Indonesia", "IDN", "MIL", "military");
        court.quantity("six", 6, "soldiers", "personnel");
        court.quote("TPNPB fighters had shot dead six soldiers", y2, "Yonas Magai", "said");
        assertThat(claims(court).get(0).responses()).isEmpty();
    }

    // 'Kabul rejects Islamabad's figures and claims ...': the possessor inside the first verb's object is not the
    // subject of the second; the sentence's subject is.
    @Test
    void takesTheSubjectOfACoordinatedVerbPastAPossessorInTheObject() {
        String text = "Kabul rejects Islamabad's figures and claims it killed 46 Pakistani troops.";
        ArticleFixture f = ArticleFixture.of(text, "en", LocalDate.of(2026, 3, 4));
        String afg = f.entity(EntityType.LOCATION, "Afghanistan", "AFG", null, "Kabul");
        f.entity(EntityType.LOCATION, "Pakistan", "PAK", null, "Islamabad", "Pakistani");
        f.quantity("46", 46, "Pakistani troops", "personnel");
        assertThat(claims(f)).extracting(Claim::claimant).containsExactly(afg);
    }

    // 'the capital of Sudan's South Kordofan state, has killed': a country owning a place names where, not who acted.
    @Test
    void takesNoAgentFromACountryThatOwnsAPlace() {
        String text = "A drone attack by the Rapid Support Forces on a market in Kadugli, the capital of Sudan's South "
                + "Kordofan state, has killed 34 people.";
        ArticleFixture f = ArticleFixture.of(text, "en", LocalDate.of(2026, 1, 8));
        String rsf = f.entity(EntityType.ORGANIZATION, "Rapid Support Forces", "SDN", "REB", "Rapid Support Forces");
        f.entity(EntityType.LOCATION, "Sudan", "SDN", null, "Sudan");
        f.entity(EntityType.LOCATION, "Kadugli", "SDN", null, "Kadugli");
        f.quantity("34", 34, "people", "people");
        assertThat(claims(f)).extracting(Claim::agent).containsExactly(rsf);
    }

    // An army's 'one soldier was killed' after its claim about the enemy is its own soldier, and the enemy's denial of
    // the army's claims does not answer it.
    @Test
    void takesAnArmysUnownedSoldiersForItsOwn() {
        String text = "The Indonesian military said its troops had killed nine TPNPB fighters. The military said 1 "
                + "soldier was killed. The TPNPB rejected the claims.";
        ArticleFixture f = ArticleFixture.of(text, "en", LocalDate.of(2025, 11, 18));
        String tni = f.entity(EntityType.ORGANIZATION, "Military of Indonesia", "IDN", "MIL", "Indonesian military",
                "military");
        String tpnpb = f.entity(EntityType.ORGANIZATION, "TPNPB-OPM", "IDN", "REB", "TPNPB");
        f.quantity("nine", 9, "TPNPB fighters", "personnel").quantity("1", 1, "soldier", "personnel");
        List<Claim> cs = claims(f);
        assertThat(cs).extracting(Claim::affected).containsExactly(tpnpb, tni);
        assertThat(cs.get(0).status()).isEqualTo(ClaimStatus.DENIED);
        assertThat(cs.get(1).responses()).isEmpty();
    }

    /* A side's figure for its own losses is not what the other side denies; a place after 'di' is not the denier. */
    @Test
    void keepsTheOtherSidesDenialOffAnAdmissionOfOwnLosses() {
        String text = "Militer Thailand mengklaim menewaskan 15 tentara Kamboja. Juru bicara militer Thailand juga "
                + "mengakui dua tentara Thailand tewas. Pemerintah Kamboja di Phnom Penh, Rabu, membantah klaim tersebut.";
        ArticleFixture f = ArticleFixture.of(text, "id", LocalDate.of(2025, 10, 22));
        String army = f.entity(EntityType.ORGANIZATION, "Military of Thailand", "THA", "MIL", "Militer Thailand",
                "militer Thailand");
        String cambodia = f.entity(EntityType.ORGANIZATION, "Government of Cambodia", "KHM", "GOV",
                "Pemerintah Kamboja");
        f.entity(EntityType.LOCATION, "Phnom Penh", "KHM", null, "Phnom Penh");
        f.entity(EntityType.LOCATION, "Cambodia", "KHM", null, "Kamboja");
        f.entity(EntityType.LOCATION, "Thailand", "THA", null, "Thailand");
        f.quantity("15", 15, "tentara Kamboja", "personnel").quantity("dua", 2, "tentara Thailand", "personnel");
        List<Claim> cs = claims(f);
        assertThat(cs).extracting(c -> c.count().value(), Claim::status).containsExactly(
                tuple(15.0, ClaimStatus.DENIED), tuple(2.0, ClaimStatus.CLAIMED));
        assertThat(cs.get(0).responses()).extracting(r -> r.party(), r -> r.stance())
                .containsExactly(tuple(cambodia, Stance.DENIED));
        assertThat(cs.get(1).claimant()).isEqualTo(army);
    }

    /* An aside between commas does not hide the source; 'told lawmakers that' names no relay after 'that'. */
    @Test
    void readsTheSourcePastAnAsideAndNoRelayPastThat() {
        String text = "Russia's Defense Ministry, for its part, claimed that Ukraine had lost 1,340 troops. South "
                + "Korea's spy agency told lawmakers that 2,000 North Korean soldiers had been killed.";
        ArticleFixture f = ArticleFixture.of(text, "en", LocalDate.of(2025, 10, 16));
        String mod = f.entity(EntityType.ORGANIZATION, "Ministry of Defence of Russia", "RUS", "MIL",
                "Russia's Defense Ministry");
        f.entity(EntityType.ORGANIZATION, "National Intelligence Service of South Korea", "KOR", "SPY",
                "South Korea's spy agency");
        f.entity(EntityType.ORGANIZATION, "Military of North Korea", "PRK", "MIL", "North Korean soldiers");
        f.entity(EntityType.LOCATION, "Ukraine", "UKR", null, "Ukraine");
        f.quantity("1,340", 1340, "troops", "personnel").quantity("2,000", 2000, "North Korean soldiers", "personnel");
        List<Claim> cs = claims(f);
        assertThat(cs).hasSize(2);
        assertThat(cs.get(0).claimant()).isEqualTo(mod);
        assertThat(cs).flatExtracting(Claim::via).isEmpty();
    }

    /* 'X, citing Y, said': Y is the source, X the relay; a source named after a 'while' clause governs it. */
    @Test
    void readsTheCitedSourceInAnAsideAndATrailingSourceAfterWhile() {
        String text = "Iran's state news agency IRNA, citing the Isfahan crisis management office, said nine people were "
                + "killed. Iranian authorities said 1,000 people were killed in Iran, while Iranian missile attacks "
                + "killed 28 people in Israel, according to Israeli authorities.";
        ArticleFixture f = ArticleFixture.of(text, "en", LocalDate.of(2025, 11, 3));
        f.entity(EntityType.ORGANIZATION, "IRNA", "IRN", "JRN", "IRNA");
        String isfahan = f.entity(EntityType.LOCATION, "Isfahan", "IRN", null, "Isfahan");
        String iran = f.entity(EntityType.ORGANIZATION, "Government of Iran", "IRN", "GOV", "Iranian authorities");
        String israel = f.entity(EntityType.ORGANIZATION, "Government of Israel", "ISR", "GOV", "Israeli authorities");
        f.entity(EntityType.LOCATION, "Iran", "IRN", null, "Iran");
        f.entity(EntityType.LOCATION, "Israel", "ISR", null, "Israel");
        f.quantity("nine", 9, "people", "people").quantity("1,000", 1000, "people", "people")
                .quantity("28", 28, "people", "people");
        List<Claim> cs = claims(f);
        assertThat(cs).extracting(Claim::claimant, c -> c.count().value()).containsExactly(tuple(isfahan, 9.0),
                tuple(iran, 1000.0), tuple(israel, 28.0));
        assertThat(cs.get(0).via()).containsExactly("IRNA");
    }

    /* Its spokesman saying the army's figure again is the same claim; a second verb's agent is the first's. */
    @Test
    void mergesASpokesmansRestatementAndKeepsTheAgentOfTheFirstVerb() {
        String text = "The army said it had killed 37 M23 fighters and captured 12 others. \"Thirty-seven terrorists "
                + "were neutralised,\" spokesman Didier Kalonda said.";
        ArticleFixture f = ArticleFixture.of(text, "en", LocalDate.of(2025, 10, 16));
        String army = f.entity(EntityType.ORGANIZATION, "Military of Congo", "COD", "MIL", "The army");
        String m23 = f.entity(EntityType.ORGANIZATION, "M23", "COD", "REB", "M23");
        f.entity(EntityType.PERSON, "Didier Kalonda", "COD", "MIL", "Didier Kalonda");
        f.quantity("37", 37, "M23 fighters", "personnel").quantity("12", 12, "others", null)
                .quantity("Thirty-seven", 37, "terrorists", null);
        List<Claim> cs = claims(f);
        assertThat(cs).extracting(c -> c.count().value(), Claim::claimant, Claim::affected).containsExactly(
                tuple(37.0, army, m23), tuple(12.0, army, m23));
        assertThat(cs.get(1).agent()).isNotEqualTo(m23);
    }

    /* 'X, POST, told Anadolu that': X the source past the aside, Anadolu the relay; 'the statement said' is the last
       source's; a denial answers no figure given after it. */
    @Test
    void readsWhoToldAnAgencyAndWhatTheStatementSaid() {
        String text = "The Taliban denied any losses. Pakistan's army said three soldiers were killed. \"We destroyed six "
                + "tanks,\" the statement said. Zabihullah Mujahid, the chief spokesman for the Afghan government, told "
                + "Anadolu by phone that Afghan forces had killed 15 Pakistani soldiers. Only two of our border guards "
                + "were martyred, Mujahid said.";
        ArticleFixture f = ArticleFixture.of(text, "en", LocalDate.of(2025, 10, 22));
        String taliban = f.entity(EntityType.ORGANIZATION, "Taliban", "AFG", "REB", "The Taliban");
        String army = f.entity(EntityType.ORGANIZATION, "Military of Pakistan", "PAK", "MIL", "Pakistan's army");
        String mujahid = f.entity(EntityType.PERSON, "Zabihullah Mujahid", "AFG", "GOV", "Zabihullah Mujahid",
                "Mujahid");
        f.entity(EntityType.ORGANIZATION, "Anadolu Agency", "TUR", "JRN", "Anadolu");
        f.entity(EntityType.ORGANIZATION, "Military of Afghanistan", "AFG", "MIL", "Afghan forces");
        f.quantity("three", 3, "soldiers", "personnel").quantity("six", 6, "tanks", "armoured_vehicle")
                .quantity("15", 15, "Pakistani soldiers", "personnel").quantity("two", 2, "of our border guards", null);
        List<Claim> cs = claims(f);
        assertThat(cs).extracting(c -> c.count().value(), Claim::claimant).containsExactly(tuple(3.0, army),
                tuple(6.0, army), tuple(15.0, mujahid), tuple(2.0, mujahid));
        assertThat(cs.get(2).via()).containsExactly("Anadolu Agency");
        assertThat(cs.get(0).responses()).extracting(r -> r.party()).doesNotContain(taliban);
    }

    /* ', killing' after a clause: its subject acted, or whom a passive clause names after 'by'. */
    @Test
    void takesTheClausesSubjectAsTheAgentOfAParticiple() {
        String text = "Ecuadorian police raided properties linked to the Los Lobos gang, killing three suspects. A camp "
                + "for Congolese refugees was attacked by Burundian militiamen, killing at least 156 people.";
        ArticleFixture f = ArticleFixture.of(text, "en", LocalDate.of(2025, 10, 22));
        String police = f.entity(EntityType.ORGANIZATION, "Police of Ecuador", "ECU", "COP", "Ecuadorian police");
        f.entity(EntityType.ORGANIZATION, "Los Lobos", "ECU", "CRM", "Los Lobos");
        f.entity(EntityType.ORGANIZATION, "Refugees from Congo", "COD", "REF", "Congolese refugees");
        String militia = f.entity(EntityType.ORGANIZATION, "Militia of Burundi", "BDI", "REB", "Burundian militiamen");
        f.quantity("three", 3, "suspects", "people").quantity("at least 156", 156, "people", "people");
        assertThat(claims(f)).extracting(Claim::agent).containsExactly(police, militia);
    }

    /* 'attacked by Burundian militiamen, killing': a demonym after 'by' names its country's side, or no one. */
    @Test
    void takesTheSideOfADemonymAfterByAsTheAgentOfAParticiple() {
        String text = "A camp for Congolese refugees was attacked by Burundian militiamen, killing at least 156 "
                + "people. Burundi denied it.";
        ArticleFixture f = ArticleFixture.of(text, "en", LocalDate.of(2025, 10, 22));
        f.entity(EntityType.ORGANIZATION, "Refugees from Congo", "COD", "REF", "Congolese refugees");
        String burundi = f.entity(EntityType.LOCATION, "Burundi", "BDI", null, "Burundi");
        f.quantity("at least 156", 156, "people", "people");
        assertThat(claims(f)).extracting(Claim::agent).containsExactly(burundi);
        ArticleFixture g = ArticleFixture.of(text.replace(" Burundi denied it.", ""), "en", LocalDate.of(2025, 10, 22));
        g.entity(EntityType.ORGANIZATION, "Refugees from Congo", "COD", "REF", "Congolese refugees");
        g.quantity("at least 156", 156, "people", "people");
        assertThat(claims(g)).extracting(Claim::agent).containsOnlyNulls();
    }

    /* 'killed by X': X is named right after 'by' ('by Israeli strikes' is Israel's); an actor further on is not. */
    @Test
    void takesTheDoerRightAfterByAsTheAgent() {
        String text = "More than 330 people have been killed by Israeli strikes in Lebanon since the truce. Three "
                + "servicemen were killed by a roadside bomb outside the city of Basra. Israel did not comment.";
        ArticleFixture f = ArticleFixture.of(text, "en", LocalDate.of(2025, 10, 30));
        String israel = f.entity(EntityType.LOCATION, "Israel", "ISR", null, "Israel");
        f.entity(EntityType.LOCATION, "Lebanon", "LBN", null, "Lebanon");
        f.entity(EntityType.LOCATION, "Basra", "IRQ", null, "Basra");
        f.quantity("More than 330", 330, "people", "people").quantity("Three", 3, "servicemen", "personnel");
        assertThat(claims(f)).extracting(Claim::agent).containsExactly(israel, null);
    }

    /* A denial of the statement just before it, one without figures, answers none of the figures before that. */
    @Test
    void answersNoFigureWhenADenialFollowsAStatementWithoutOne() {
        String text = "Russia's Defense Ministry claimed that Ukraine had lost 1,340 troops.\n\nMoscow said in April "
                + "that it had fully recaptured the region. Ukraine's army rejected the claim.";
        ArticleFixture f = ArticleFixture.of(text, "en", LocalDate.of(2025, 10, 16));
        f.entity(EntityType.ORGANIZATION, "Ministry of Defence of Russia", "RUS", "MIL", "Russia's Defense Ministry");
        f.entity(EntityType.ORGANIZATION, "Military of Ukraine", "UKR", "MIL", "Ukraine's army");
        f.entity(EntityType.LOCATION, "Russia", "RUS", null, "Moscow");
        f.entity(EntityType.LOCATION, "Ukraine", "UKR", null, "Ukraine");
        f.quantity("1,340", 1340, "troops", "personnel");
        Claim c = claims(f).get(0);
        assertThat(c.status()).isEqualTo(ClaimStatus.CLAIMED);
        assertThat(c.responses()).isEmpty();
    }

    /* The denial answers the side's claim even when the side's concession of its own losses comes between; an owner
       after a bracketed gloss names the side ('dua pesawat nirawak (drone) milik Kamboja'). */
    @Test
    void answersTheClaimPastAConcessionAndReadsTheOwnerPastABracket() {
        String text = "Militer Thailand mengklaim telah menembak jatuh dua pesawat nirawak (drone) milik Kamboja. Juru "
                + "bicara militer Thailand Somchai mengatakan pasukannya berjaga. Somchai juga mengakui dua tentara "
                + "Thailand tewas. Ia menyebut situasi terkendali. Warga diminta tenang. Pemerintah Kamboja membantah "
                + "klaim tersebut.";
        ArticleFixture f = ArticleFixture.of(text, "id", LocalDate.of(2025, 10, 22));
        f.entity(EntityType.ORGANIZATION, "Military of Thailand", "THA", "MIL", "Militer Thailand", "militer Thailand");
        f.entity(EntityType.PERSON, "Somchai", "THA", "MIL", "Somchai");
        String cambodiaGov = f.entity(EntityType.ORGANIZATION, "Government of Cambodia", "KHM", "GOV",
                "Pemerintah Kamboja");
        String cambodia = f.entity(EntityType.LOCATION, "Cambodia", "KHM", null, "Kamboja");
        f.entity(EntityType.LOCATION, "Thailand", "THA", null, "Thailand");
        f.quantity("dua", 2, "pesawat nirawak", "drone").quantity("dua", 1, 2, "tentara Thailand", "personnel");
        List<Claim> cs = claims(f);
        assertThat(cs).hasSize(2);
        assertThat(cs.get(0).affected()).isEqualTo(cambodia);
        assertThat(cs.get(0).responses()).extracting(r -> r.party(), r -> r.stance())
                .containsExactly(tuple(cambodiaGov, Stance.DENIED));
    }

    /* The owner after a list's last item is every item's; a relay named after the country that qualifies it; the
       source after 'menurut' past the rest of a long name. */
    @Test
    void readsTheListsOwnerTheQualifiedRelayAndTheEndOfALongName() {
        String text = "Konashenkov mengatakan pasukan Rusia menghancurkan tiga tank, 11 kendaraan tempur lapis baja, dan "
                + "tujuh pucuk artileri milik Ukraina, seperti dilansir kantor berita negara Rusia, TASS. Menurut Misi "
                + "Pemantau Hak Asasi Manusia PBB, lebih dari 14.000 warga sipil tewas.";
        ArticleFixture f = ArticleFixture.of(text, "id", LocalDate.of(2025, 10, 12));
        f.entity(EntityType.PERSON, "Igor Konashenkov", "RUS", "MIL", "Konashenkov");
        f.entity(EntityType.ORGANIZATION, "Military of Russia", "RUS", "MIL", "pasukan Rusia");
        String ukraine = f.entity(EntityType.LOCATION, "Ukraine", "UKR", null, "Ukraina");
        f.entity(EntityType.ORGANIZATION, "TASS", "RUS", "JRN", "TASS");
        f.entity(EntityType.LOCATION, "Russia", "RUS", null, "Rusia");
        String un = f.entity(EntityType.ORGANIZATION, "United Nations", null, "IGO", "PBB");
        f.quantity("tiga", 3, "tank", "armoured_vehicle").quantity("11", 11, "kendaraan tempur lapis baja",
                "armoured_vehicle").quantity("tujuh", 7, "pucuk artileri milik Ukraina", "artillery")
                .quantity("lebih dari 14.000", 14000, "warga sipil", "civilians");
        List<Claim> cs = claims(f);
        assertThat(cs).extracting(c -> c.count().value(), Claim::affected).startsWith(tuple(3.0, ukraine),
                tuple(11.0, ukraine), tuple(7.0, ukraine));
        assertThat(cs.get(0).via()).containsExactly("TASS");
        assertThat(cs.get(3).claimant()).isEqualTo(un);
    }

    /* A toll the lede gives without a source and a spokesman repeats is one claim, his. */
    @Test
    void mergesTheLedesTollWithItsAttributedRestatement() {
        String text = "Hingga Selasa sore, jumlah korban meninggal tercatat 27 orang. \"Tim SAR menemukan delapan jenazah, "
                + "sehingga total korban meninggal menjadi 27 orang,\" kata Rahmadi Siregar.";
        ArticleFixture f = ArticleFixture.of(text, "id", LocalDate.of(2025, 10, 14));
        String rahmadi = f.entity(EntityType.PERSON, "Rahmadi Siregar", "IDN", "GOV", "Rahmadi Siregar");
        f.quantity("27", 27, "orang", "people").quantity("27", 1, 27, "orang", "people");
        f.quote("Tim SAR menemukan delapan jenazah, sehingga total korban meninggal menjadi 27 orang", rahmadi,
                "Rahmadi Siregar", "kata");
        List<Claim> cs = claims(f);
        assertThat(cs).extracting(c -> c.count().value(), Claim::claimant).containsExactly(tuple(27.0, rahmadi));
        assertThat(cs.get(0).evidence()).hasSize(2);
    }

    /* 'Tidak membantah' denies nothing: a party that does not deny has not answered. */
    @Test
    void readsNoDenialInANegatedDenial() {
        String text = "Militer Rusia mengklaim menewaskan 300 tentara Ukraina. Militer Ukraina tidak membantah klaim "
                + "tersebut.";
        ArticleFixture f = ArticleFixture.of(text, "id", LocalDate.of(2025, 10, 14));
        f.entity(EntityType.ORGANIZATION, "Military of Russia", "RUS", "MIL", "Militer Rusia");
        String ukraine = f.entity(EntityType.ORGANIZATION, "Military of Ukraine", "UKR", "MIL", "Militer Ukraina");
        f.entity(EntityType.LOCATION, "Ukraine", "UKR", null, "Ukraina");
        f.quantity("300", 300, "tentara Ukraina", "personnel");
        Claim c = claims(f).get(0);
        assertThat(c.status()).isEqualTo(ClaimStatus.CLAIMED);
        assertThat(c.responses()).extracting(r -> r.party(), r -> r.stance())
                .containsExactly(tuple(ukraine, Stance.NO_COMMENT));
    }

    /* 'Belum mengonfirmasi' confirms nothing: a party that has not confirmed has not answered yet. */
    @Test
    void readsNoConfirmationInANegatedOne() {
        String text = "Militer Israel mengklaim telah membunuh 3 komandan Hizbullah. Hizbullah belum mengonfirmasi "
                + "kematian mereka.";
        ArticleFixture f = ArticleFixture.of(text, "id", LocalDate.of(2025, 12, 1));
        f.entity(EntityType.ORGANIZATION, "Military of Israel", "ISR", "MIL", "Militer Israel");
        String hezbollah = f.entity(EntityType.ORGANIZATION, "Hezbollah", "LBN", "REB", "Hizbullah");
        f.quantity("3", 3, "komandan", "personnel");
        Claim c = claims(f).get(0);
        assertThat(c.status()).isEqualTo(ClaimStatus.CLAIMED);
        assertThat(c.responses()).extracting(r -> r.party(), r -> r.stance())
                .containsExactly(tuple(hezbollah, Stance.NO_COMMENT));
    }

    /*
     * 'Kelompok itu' after 'Kelompok bersenjata etnis Arakan Army' is that named group, not a new unnamed speaker; a
     * crosshead ('Puluhan Ribu Warga Mengungsi') heads the paragraphs that give its figure and claims nothing.
     */
    @Test
    void readsTheGroupANounIntroducedAsThatGroupAndNoClaimInACrosshead() {
        String text = "Kelompok bersenjata etnis Arakan Army mengklaim merebut markas itu. Kelompok itu juga mengaku "
                + "menyita 310 senapan serbu.\n\nPuluhan Ribu Warga Mengungsi\n\nPBB menyebut hampir 25.000 warga "
                + "mengungsi.";
        ArticleFixture f = ArticleFixture.of(text, "id", LocalDate.of(2025, 11, 27));
        String aa = f.entity(EntityType.ORGANIZATION, "Arakan Army", "MMR", "REB", "Arakan Army");
        String un = f.entity(EntityType.ORGANIZATION, "United Nations", null, "IGO", "PBB");
        f.quantity("310", 310, "senapan serbu", "other").quantity("Puluhan Ribu", 10000, "Warga", "people")
                .quantity("hampir 25.000", 25000, "warga", "people");
        List<Claim> cs = claims(f);
        assertThat(cs).extracting(Claim::claimant, c -> c.count().value())
                .containsExactly(tuple(aa, 310.0), tuple(un, 25000.0));
    }

    /* A second reporting word whose subject no entity names governs the figure after it: not the first source's. */
    @Test
    void givesAFigureAfterAnUnnamedSecondSpeakerNoClaimant() {
        String text = "Somali forces killed 70 militants, Somalia's army said on Tuesday, while the Islamist group "
                + "said it had killed 15 soldiers.";
        ArticleFixture f = ArticleFixture.of(text, "en", LocalDate.of(2025, 12, 2));
        String army = f.entity(EntityType.ORGANIZATION, "Military of Somalia", "SOM", "MIL", "Somalia's army");
        f.quantity("70", 70, "militants", "personnel").quantity("15", 15, "soldiers", "personnel");
        assertThat(claims(f)).extracting(c -> c.count().value(), Claim::claimant)
                .containsExactly(tuple(70.0, army), tuple(15.0, null));
    }

    /*
     * A denial of a side's account reaches that side's claims of the last several sentences, whoever of the side
     * spoke ('membantah versi militer'), but not the army's figure of its own soldier; a silence only answers what was
     * just said.
     */
    @Test
    void readsADenialOfTheSidesAccountAsAnswerToItsEarlierClaims() {
        String text = "Militer Filipina mengatakan pasukannya menewaskan 7 pemberontak. Satu tentara terluka, menurut "
                + "Angkatan Darat Filipina. Pasukan datang setelah laporan warga. Komandan divisi memuji pasukannya. "
                + "Prajurit yang terluka dalam kondisi stabil. Bentrokan berlangsung pagi hari. CPP membantah versi "
                + "militer.";
        ArticleFixture f = ArticleFixture.of(text, "id", LocalDate.of(2025, 11, 30));
        f.entity(EntityType.ORGANIZATION, "Military of Philippines", "PHL", "MIL", "Militer Filipina");
        f.entity(EntityType.ORGANIZATION, "Army of Philippines", "PHL", "MIL", "Angkatan Darat Filipina");
        String cpp = f.entity(EntityType.ORGANIZATION, "Communist Party of the Philippines", null, "REB", "CPP");
        f.quantity("7", 7, "pemberontak", "personnel").quantity("Satu", 1, "tentara", "personnel");
        assertThat(claims(f)).extracting(c -> c.count().value(), Claim::status).containsExactly(
                tuple(7.0, ClaimStatus.DENIED), tuple(1.0, ClaimStatus.CLAIMED)); // its own soldier: not denied
        assertThat(claims(f).get(0).responses()).extracting(r -> r.party()).containsExactly(cpp);
    }

    /* A one-noun subject that is the first word of a name given before ('Militer' after 'Militer Filipina') is it. */
    @Test
    void readsABareHeadNounSubjectAsTheOrganisationItNamed() {
        String text = "Militer Filipina mengatakan pasukannya menewaskan 7 pemberontak. Militer juga mengaku menyita 9 "
                + "senapan.";
        ArticleFixture f = ArticleFixture.of(text, "id", LocalDate.of(2025, 11, 30));
        String military = f.entity(EntityType.ORGANIZATION, "Military of Philippines", "PHL", "MIL", "Militer Filipina");
        f.quantity("7", 7, "pemberontak", "personnel").quantity("9", 9, "senapan", "other");
        assertThat(claims(f)).extracting(Claim::claimant).containsExactly(military, military);
    }

    /* 'its' after another side's name is that side's: 'inflicted losses on the RSF and destroyed 22 of its vehicles'. */
    @Test
    void givesAPossessiveTheOrganisationNamedJustBefore() {
        String text = "The army said troops had inflicted heavy losses on the RSF and destroyed 22 of its vehicles. "
                + "The army said 5 of its soldiers were wounded.";
        ArticleFixture f = ArticleFixture.of(text, "en", LocalDate.of(2025, 11, 29));
        String army = f.entity(EntityType.ORGANIZATION, "Military of Sudan", "SDN", "MIL", "The army");
        String rsf = f.entity(EntityType.ORGANIZATION, "Rapid Support Forces", null, "REB", "RSF");
        f.quantity("22", 22, "vehicles", "vehicle").quantity("5", 5, "soldiers", "personnel");
        assertThat(claims(f)).extracting(c -> c.count().value(), Claim::affected)
                .containsExactly(tuple(22.0, rsf), tuple(5.0, army));
    }

    /*
     * A sentence with figures but no reporting word goes on with the report just before it in its paragraph; 'the
     * others' arrested are not the speaker's own side.
     */
    @Test
    void carriesTheSpeakerIntoTheNextSentenceOfItsParagraph() {
        String text = "Rojhat Derik menyebut serangan drone Turki menewaskan delapan warga sipil. Sebanyak 14 orang "
                + "lainnya luka-luka.\n\nKepala Densus Rahmat Syafii mengatakan tujuh orang ditangkap di Bogor. Dua "
                + "tersangka lainnya ditangkap di Poso.";
        ArticleFixture f = ArticleFixture.of(text, "id", LocalDate.of(2025, 11, 25));
        String derik = f.entity(EntityType.PERSON, "Rojhat Derik", null, null, "Rojhat Derik");
        String rahmat = f.entity(EntityType.PERSON, "Rahmat Syafii", "IDN", "COP", "Rahmat Syafii");
        f.quantity("delapan", 8, "warga sipil", "civilians").quantity("Sebanyak 14", 14, "orang lainnya", "people")
                .quantity("tujuh", 7, "orang", "people").quantity("Dua", 2, "tersangka lainnya", "people");
        List<Claim> cs = claims(f);
        assertThat(cs).extracting(c -> c.count().value(), Claim::claimant).containsExactly(tuple(8.0, derik),
                tuple(14.0, derik), tuple(7.0, rahmat), tuple(2.0, rahmat));
        assertThat(cs.get(3).affected()).isNull();
    }

    /*
     * 'the Defense Ministry in Moscow reported': the place after 'in' is where the source is, and the source is named
     * right before it; 'The M23 rebels captured two towns near Goma, local officials said' names no source.
     */
    @Test
    void readsTheSourceBeforeThePlaceItSpeaksFrom() {
        String text = "Air defenses destroyed 47 drones overnight, the Defense Ministry in Moscow reported. The M23 "
                + "rebels captured two towns near Goma, local officials said.";
        ArticleFixture f = ArticleFixture.of(text, "en", LocalDate.of(2025, 12, 4));
        String ministry = f.entity(EntityType.ORGANIZATION, "Ministry of Defence of Russia", "RUS", "MIL",
                "Defense Ministry");
        f.entity(EntityType.LOCATION, "Moscow", "RUS", null, "Moscow");
        f.entity(EntityType.ORGANIZATION, "M23", "COD", "REB", "M23");
        f.entity(EntityType.LOCATION, "Goma", "COD", null, "Goma");
        f.quantity("47", 47, "drones", "drone").quantity("two", 2, "towns", "other");
        assertThat(claims(f)).extracting(c -> c.count().value(), Claim::claimant)
                .containsExactly(tuple(47.0, ministry), tuple(2.0, null));
    }

    /* Where a monitor is based is not where the killing was: 'pemantau perang yang berbasis di Inggris'. */
    @Test
    void takesNoPlaceFromWhereTheSourceIsBased() {
        String text = "SOHR, pemantau perang yang berbasis di Inggris, mencatat 17 orang tewas di Kobani.";
        ArticleFixture f = ArticleFixture.of(text, "id", LocalDate.of(2025, 11, 25));
        f.entity(EntityType.ORGANIZATION, "Syrian Observatory for Human Rights", "SYR", "NGO", "SOHR");
        f.entity(EntityType.LOCATION, "United Kingdom", "GBR", null, "Inggris");
        String kobani = f.entity(EntityType.LOCATION, "Kobani", "SYR", null, "Kobani");
        f.quantity("17", 17, "orang", "people");
        assertThat(claims(f).get(0).place()).isEqualTo(kobani);
    }

    /* Where the wounded are treated is not where they were wounded: 'dirawat di RSUD Lubuk Basung'. */
    @Test
    void takesNoPlaceFromWhereTheWoundedAreTreated() {
        String text = "Korban luka tercatat 41 orang yang masih dirawat di RSUD Lubuk Basung.";
        ArticleFixture f = ArticleFixture.of(text, "id", LocalDate.of(2025, 10, 14));
        f.entity(EntityType.LOCATION, "RSUD Lubuk Basung", "IDN", null, "RSUD Lubuk Basung");
        f.quantity("41", 41, "orang", "people");
        assertThat(claims(f)).extracting(Claim::place).containsOnlyNulls();
    }

    /* An armed group and its own country's army are two sides; a reporting word after 'dan' shares the subject. */
    @Test
    void readsAnArmyDenyingAnArmedGroupOfItsOwnCountryAndItsCoordinatedCounterClaim() {
        String text = "Pasukan Dukungan Cepat mengklaim telah menewaskan 100 tentara di El Fasher. Militer Sudan "
                + "membantah klaim tersebut dan menyebut pasukannya menewaskan 40 anggota RSF.";
        ArticleFixture f = ArticleFixture.of(text, "id", LocalDate.of(2025, 5, 10));
        String rsf = f.entity(EntityType.ORGANIZATION, "Rapid Support Forces", "SDN", "REB", "Pasukan Dukungan Cepat",
                "RSF");
        String army = f.entity(EntityType.ORGANIZATION, "Military of Sudan", "SDN", "MIL", "Militer Sudan");
        f.entity(EntityType.LOCATION, "El Fasher", "SDN", null, "El Fasher");
        f.quantity("100", 100, "tentara", "personnel").quantity("40", 40, "anggota RSF", "personnel");
        List<Claim> cs = claims(f);
        assertThat(cs).extracting(Claim::claimant, c -> c.count().value()).containsExactly(tuple(rsf, 100.0),
                tuple(army, 40.0));
        assertThat(cs.get(0).status()).isEqualTo(ClaimStatus.DENIED);
        assertThat(cs.get(0).responses()).extracting(r -> r.party(), r -> r.stance())
                .contains(tuple(army, Stance.DENIED));
    }

    @Test
    void keepsTheOutletsOwnVoiceReportedAndConfirmationsConfirmed() {
        String text = "Sedikitnya 15 orang tewas akibat banjir di Garut. Menurut BNPB, 200 rumah rusak berat. "
                + "The army said it arrested 30 smugglers. The United Nations confirmed the arrests.";
        ArticleFixture f = ArticleFixture.of(text, "en", LocalDate.of(2024, 1, 10));
        String bnpb = f.entity(EntityType.ORGANIZATION, "BNPB", "IDN", "GOV", "BNPB");
        String army = f.entity(EntityType.ORGANIZATION, "army", "IDN", "MIL", "army");
        String un = f.entity(EntityType.ORGANIZATION, "United Nations", null, "IGO", "United Nations");
        f.entity(EntityType.LOCATION, "Garut", "IDN", null, "Garut");
        f.quantity("15", 15, "orang", "people").quantity("200", 200, "rumah", "building")
                .quantity("30", 30, "smugglers", "people");
        List<Claim> cs = claims(f);
        assertThat(cs).extracting(Claim::claimant, Claim::status).containsExactly(
                tuple(null, ClaimStatus.REPORTED), tuple(bnpb, ClaimStatus.REPORTED),
                tuple(army, ClaimStatus.CONFIRMED));
        assertThat(cs.get(2).responses()).extracting(r -> r.party(), r -> r.stance())
                .containsExactly(tuple(un, Stance.CONFIRMED));
        assertThat(cs.get(0).place()).isEqualTo(f.id("Garut"));
    }

    @Test
    void takesNeitherAMonitorNorAnUnnamedSubjectsSpeakerForTheAgent() {
        String text = "The Syrian Observatory said air strikes killed 18 civilians in Idlib. "
                + "Nigerian police said gunmen abducted 27 students in Kaduna.";
        ArticleFixture f = ArticleFixture.of(text, "en", LocalDate.of(2024, 1, 10));
        String sohr = f.entity(EntityType.ORGANIZATION, "Syrian Observatory for Human Rights", "SYR", "HRI",
                "Syrian Observatory");
        String police = f.entity(EntityType.ORGANIZATION, "Police of Nigeria", "NGA", "COP", "Nigerian police");
        f.entity(EntityType.LOCATION, "Idlib", "SYR", null, "Idlib");
        f.entity(EntityType.LOCATION, "Kaduna", "NGA", null, "Kaduna");
        f.quantity("18", 18, "civilians", "civilians").quantity("27", 27, "students", "people");
        List<Claim> cs = claims(f);
        assertThat(cs).extracting(Claim::claimant, Claim::agent, Claim::status).containsExactly(
                tuple(sohr, null, ClaimStatus.REPORTED), tuple(police, null, ClaimStatus.REPORTED));
    }

    @Test
    void givesANewUnnamedSpeakerNoCarriedClaimant() {
        String text = "Russia's defence ministry said its forces killed 300 Ukrainian soldiers. "
                + "Local officials said 25 soldiers were killed. The ministry said 40 soldiers were wounded.";
        ArticleFixture f = ArticleFixture.of(text, "en", LocalDate.of(2023, 3, 2));
        String mod = f.entity(EntityType.ORGANIZATION, "Russian Ministry of Defence", "RUS", "MIL",
                "Russia's defence ministry");
        f.quantity("300", 300, "Ukrainian soldiers", "personnel").quantity("25", 25, "soldiers", "personnel")
                .quantity("40", 40, "soldiers", "personnel");
        assertThat(claims(f)).extracting(Claim::claimant).containsExactly(mod, null, mod);
    }

    @Test
    void readsTheOwnerAfterACountedPhraseAsTheAffectedSide() {
        String text = "Militer Ukraina mengklaim telah menembak jatuh dua pesawat tempur milik Rusia.";
        ArticleFixture f = ArticleFixture.of(text, "id", LocalDate.of(2024, 1, 10));
        String army = f.entity(EntityType.ORGANIZATION, "Military of Ukraine", "UKR", "MIL", "Militer Ukraina");
        String rus = f.entity(EntityType.LOCATION, "Russia", "RUS", null, "Rusia");
        f.quantity("dua", 2, "pesawat tempur", "aircraft");
        Claim c = claims(f).get(0);
        assertThat(c.affected()).isEqualTo(rus);
        assertThat(c.agent()).isEqualTo(army);
    }
    /*
     * A claimant named in another clause of the response's sentence is not whom it answers: 'Okafor's statement made
     * no mention of civilians, and the army did not respond' answers the last figures, the local official's.
     */
    @Test
    void answersTheLastFiguresWhenTheNamedClaimantStandsInAnotherClause() {
        String text = "Troops killed 41 insurgents, Kingsley Okafor said in a statement. Mustapha Kachallah, "
                + "a local official, said 17 civilians were killed. The statement by Okafor made no mention of civilian "
                + "casualties, and the army did not respond to requests for comment.";
        ArticleFixture f = ArticleFixture.of(text, "en", LocalDate.of(2026, 11, 16));
        String army = f.entity(EntityType.ORGANIZATION, "Military of Nigeria", "NGA", "MIL", "army");
        String okafor = f.entity(EntityType.PERSON, "Kingsley Okafor", null, null, "Kingsley Okafor", "Okafor");
        String kachallah = f.entity(EntityType.PERSON, "Mustapha Kachallah", null, null, "Mustapha Kachallah");
        f.quantity("41", 41, "insurgents", "personnel").quantity("17", 17, "civilians", "civilians");
        List<Claim> cs = claims(f);
        assertThat(cs).extracting(c -> c.count().value(), Claim::claimant)
                .containsExactly(tuple(41.0, okafor), tuple(17.0, kachallah));
        assertThat(cs.get(0).responses()).isEmpty();
        assertThat(cs.get(1).responses()).extracting(r -> r.party(), r -> r.stance())
                .containsExactly(tuple(army, Stance.NO_COMMENT));
    }
    /* 'Melansir X, ...' opening a sentence cites an outlet as 'mengutip X' does: X relays the figures after it. */
    @Test
    void takesAnOutletCitedWithMelansirAsTheRelay() {
        String text = "Melansir Al Jazeera, kementerian kesehatan Gaza menyebut 77 orang lainnya luka-luka.";
        ArticleFixture f = ArticleFixture.of(text, "id", LocalDate.of(2025, 10, 19));
        f.entity(EntityType.ORGANIZATION, "Al Jazeera", "QAT", "JRN", "Al Jazeera");
        String ministry = f.entity(EntityType.ORGANIZATION, "Gaza Health Ministry", null, "GOV",
                "kementerian kesehatan Gaza");
        f.quantity("77", 77, "orang", "people");
        Claim c = claims(f).get(0);
        assertThat(c.claimant()).isEqualTo(ministry);
        assertThat(c.via()).containsExactly("Al Jazeera");
    }
    /*
     * From a sixth blind set (Reuters on Balochistan): 'It denied the military's figure of 31 dead militants' is the
     * BLA (the last to give figures) denying the military's figure, which the denial's own sentence gives again.
     */
    @Test
    void readsAPronounsDenialOfAnotherSidesFigure() {
        String body = "Attacks in Balochistan\n\nQUETTA, Pakistan - Militants attacked posts in Pakistan's Balochistan "
                + "province, the military said, adding that 31 attackers had been killed. The outlawed Baloch Liberation "
                + "Army (BLA) claimed responsibility, saying its fighters had killed 70 soldiers. It denied the "
                + "military's figure of 31 dead militants.";
        org.warta.model.Record r = ArticleFixture.extract(body, "2025-09-03", "en");
        java.util.Map<String, String> names = ArticleFixture.names(r);
        assertThat(r.claims()).extracting(c -> c.count().value(), c -> names.get(c.claimant()), Claim::status,
                c -> c.responses().stream().map(x -> names.get(x.party()) + ":" + x.stance()).toList())
                .containsExactly(tuple(31.0, "Military of Pakistan", ClaimStatus.DENIED,
                                List.of("Baloch Liberation Army:DENIED")),
                        tuple(70.0, "Baloch Liberation Army", ClaimStatus.CLAIMED, List.of()));
    }
    /*
     * From a sixth blind set (BBC on the Armenian border): 'rejected the account' answers the whole account, its
     * speaker's own wounded soldiers too, where a bare denial does not answer a side's own losses.
     */
    @Test
    void answersTheOwnLossesOfAnAccountItRejects() {
        String body = "Border fire\n\nArmenia says two of its soldiers have been wounded after Azerbaijani forces opened "
                + "fire near the village of Tegh, Armenia's defence ministry said. Azerbaijan's defence ministry rejected "
                + "the account as disinformation.";
        org.warta.model.Record r = ArticleFixture.extract(body, "2024-07-09", "en");
        java.util.Map<String, String> names = ArticleFixture.names(r);
        assertThat(r.claims()).extracting(c -> c.count().value(), Claim::status,
                c -> c.responses().stream().map(x -> names.get(x.party()) + ":" + x.stance()).toList())
                .containsExactly(tuple(2.0, ClaimStatus.DENIED, List.of("Ministry of Defence of Azerbaijan:DENIED")));
    }
    /*
     * From a sixth blind set (Al Jazeera on Burkina Faso): 'a statement relayed by the SITE Intelligence Group' names
     * a relay, not the agent; 'according to local aid workers' is an unnamed source, so the army spokesman before does
     * not carry over, where 'according to a police statement' names the police.
     */
    @Test
    void readsRelaysAndUnnamedSourcesAfterAccordingTo() {
        String body = "Attack in Sebba\n\nJNIM said in a statement relayed by the SITE Intelligence Group that its "
                + "fighters killed 100 soldiers in Sebba, Burkina Faso. Army spokesman Colonel Ibrahima Sawadogo said "
                + "troops had neutralised 30 assailants. About 500 families have fled towards Dori, according to local "
                + "aid workers.";
        org.warta.model.Record r = ArticleFixture.extract(body, "2025-08-18", "en");
        java.util.Map<String, String> names = ArticleFixture.names(r);
        assertThat(r.claims()).extracting(c -> c.count().value(), c -> names.get(c.claimant()), Claim::via,
                c -> names.get(c.agent())).containsExactly(
                        tuple(100.0, "Jama'at Nasr al-Islam wal-Muslimin", List.of("SITE Intelligence Group"),
                                "Jama'at Nasr al-Islam wal-Muslimin"),
                        tuple(30.0, "Ibrahima Sawadogo", List.of(), null),
                        tuple(500.0, "local aid workers", List.of(), null)); // unnamed, of their own
    }
    /*
     * From a sixth blind set (detikNews on Densus 88): a lawyer who 'membantah kliennya terlibat jaringan teror' denies
     * an act, not the police's tally of arrests made before.
     */
    @Test
    void readsADenialOfTakingPartAsNoAnswerToAnotherSidesFigure() {
        String text = "Sepanjang 2024, kata Hendra, Densus 88 telah menangkap 55 tersangka teroris. Kuasa hukum salah "
                + "satu tersangka, Muhammad Fadli, membantah kliennya terlibat jaringan teror.";
        ArticleFixture f = ArticleFixture.of(text, "id", LocalDate.of(2025, 3, 18));
        f.entity(EntityType.PERSON, "Hendra Wijaya", "IDN", "COP", "Hendra");
        f.entity(EntityType.ORGANIZATION, "Densus 88", "IDN", "COP", "Densus 88");
        f.entity(EntityType.PERSON, "Muhammad Fadli", null, null, "Muhammad Fadli");
        f.quantity("55", 55, "tersangka teroris", "people");
        Claim c = claims(f).get(0);
        assertThat(c.responses()).isEmpty();
        assertThat(c.status()).isNotEqualTo(ClaimStatus.DENIED);
    }

    /*
     * From a thirty-sixth blind set (BBC on El Fasher): a lead that cites 'a local volunteer group' has its source
     * named in the next paragraph, whom 'the group' then refers to; 'It had earlier put the toll at 24' is that
     * source's (a pronoun past adverbs); 'gave a lower figure of' reports.
     */
    @Test
    void namesTheUnnamedGroupOfTheLeadAndReadsTollWordsAsReporting() {
        String body = "Mosque strike\n\nAt least 38 people were killed when a drone struck a mosque in El Fasher on "
                + "Friday, according to a local volunteer group.\n\nThe Daraja Emergency Response Room, one of the "
                + "neighbourhood networks in the city, said the drone hit the mosque during prayers. Five of the dead "
                + "were children, the group said.\n\nIt had earlier put the toll at 24.\n\nThe Sudan Doctors "
                + "Network, a medical group, gave a lower figure of 31 dead.";
        org.warta.model.Record r = ArticleFixture.extract(body, "2025-08-22", "en");
        assertThat(ArticleFixture.countsAndClaimants(r)).containsExactly(
                tuple(38.0, "Daraja Emergency Response Room"), tuple(5.0, "Daraja Emergency Response Room"),
                tuple(24.0, "Daraja Emergency Response Room"), tuple(31.0, "Sudan Doctors Network"));
    }

    /*
     * From a forty-first blind set (Republika on Mogadishu): a subject closed by a word that points back, with a
     * relative clause inside ('Kelompok yang berafiliasi dengan Alqaidah tersebut mengklaim'), is the last source.
     */
    @Test
    void readsADefiniteSubjectWithARelativeClauseAsTheLastSource() {
        org.warta.model.Record r = ArticleFixture.extract("Serangan hotel\n\nAlshabab mengaku bertanggung jawab atas "
                + "serangan tersebut melalui stasiun radio Andalus. Kelompok yang berafiliasi dengan Alqaidah tersebut "
                + "mengklaim pejuangnya telah membunuh lebih dari 40 pejabat.", "2026-11-18", "id");
        assertThat(ArticleFixture.countsAndClaimants(r))
                .containsExactly(tuple(40.0, "Alshabab"));
    }

    /*
     * From blind sets 41-43: rejecting a figure disputes its size ('The National Police Service rejected the figures',
     * 'Vutsora menepis angka tersebut'), and the claim is then disputed; rejecting a claim still denies it. Rejecting
     * a named side's account or a version disputes it too (the keys of blind sets 41-49: six disputes to one denial).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The KNCHR said 11 protesters were killed. The National Police Service rejected the figures. | en | DISPUTED",
        "The KNCHR said 11 protesters were killed. The National Police Service rejected the commission's figures. | en "
            + "| DISPUTED",
        "Forum itu menyebut 44 warga tewas. Juru bicara TNI Letnan Budi Santoso menepis angka tersebut. | id | DISPUTED",
        "The KNCHR said 11 protesters were killed. The National Police Service rejected the claim. | en | DENIED",
        "The Congolese army said 31 M23 fighters were killed. The M23 rejected the army's account. | en | DISPUTED",
        "Kapolres AKBP Rizky Siregar menyebut dua warga diamankan. Keluarga AS menolak versi polisi. | id | DISPUTED"})
    void readsARejectedFigureAsDisputed(String text, String lang, String stance) {
        org.warta.model.Record r = ArticleFixture.extract("News\n\n" + text, "2025-12-17", lang);
        assertThat(r.claims()).hasSize(1);
        assertThat(r.claims().get(0).responses()).extracting(x -> x.stance().name()).containsExactly(stance);
        assertThat(r.claims().get(0).status().name()).isEqualTo(stance);
    }

    /*
     * From a forty-second blind set (The Guardian on Nairobi): the lead's unnamed source stands after 'according to'
     * with a clause after it ('according to the country's state-funded human rights commission, as protests ...');
     * the next paragraph names it, and later calls it 'the commission'.
     */
    @Test
    void namesTheUnnamedSourceAfterAccordingToWithAClauseAfterIt() {
        String body = "Protests\n\nPolice opened fire on demonstrators in Nairobi on Tuesday, killing at least 11 people, "
                + "according to the country's state-funded human rights commission, as protests turned into running "
                + "battles.\n\nThe Kenya National Commission on Human Rights (KNCHR) had put the death toll at eight "
                + "late on Tuesday night.\n\nThe commission also said at least six protesters were unaccounted for.";
        org.warta.model.Record r = ArticleFixture.extract(body, "2025-12-17", "en");
        assertThat(ArticleFixture.countsAndClaimants(r)).contains(
                tuple(11.0, "Kenya National Commission on Human Rights"));
    }

    /*
     * From a thirty-sixth blind set (Reuters on Lubero): a figure before an unnamed speaker's word ('a local civil
     * society leader said') is that speaker's, not the army's named after it.
     */
    @Test
    void leavesAFigureToTheUnnamedSpeakerRightAfterIt() {
        String body = "Attack in Lubero\n\nRebels killed at least 38 people in an attack on a parish in Lubero, a "
                + "local civil society leader said on Monday, while the Congolese army gave a lower toll of 21 dead.";
        org.warta.model.Record r = ArticleFixture.extract(body, "2025-12-15", "en");
        java.util.Map<String, String> names = ArticleFixture.names(r);
        assertThat(r.claims()).extracting(c -> c.count().value(), c -> names.get(c.claimant()))
                .containsExactly(tuple(38.0, "local civil society leader"), tuple(21.0, "Military of Democratic Republic of the Congo"));
    }

    /* The Hamas-run and Houthi-run health ministries are bodies the dictionary knows, and the source of their tolls. */
    @Test
    void readsTheHealthMinistriesRunByArmedMovements() {
        org.warta.model.Record r = ArticleFixture.extract("Strikes\n\nUS strikes killed 27 people and wounded 64 "
                + "others, according to the Houthi-run health ministry. In Gaza, 12 people were killed, the Hamas-run "
                + "health ministry said.", "2026-02-08", "en");
        java.util.Map<String, String> names = ArticleFixture.names(r);
        assertThat(r.claims()).extracting(c -> names.get(c.claimant())).containsExactly("Houthi Health Ministry",
                "Houthi Health Ministry", "Gaza Health Ministry");
    }

    /*
     * From blind sets 36 and 37 (Al Jazeera on Yemen, Dawn on Barkhan, Kyiv Independent, Kompas on Tolikara): 'An
     * earlier toll ... had put the number of dead at 12' is the last source's; 'raised the death toll to' gives a
     * figure and its source; people 'with gunshot wounds' are wounded, those 'believed to be trapped' missing; 'Korban
     * luka ada 17 orang' gives its count after 'ada'.
     */
    @Test
    void readsEarlierTollsRaisedTollsWoundsAndTheTrapped() {
        org.warta.model.Record r = ArticleFixture.extract("Strikes\n\nMinistry spokesman Abdulkarim al-Marwani said on "
                + "Sunday that most of the dead were port workers. An earlier toll released overnight had put the number "
                + "of dead at 12.\n\nDeputy Commissioner Sajid Ali Marri later raised the death toll to 11. At least 23 "
                + "people with gunshot wounds were brought to the hospital. At least five people are still believed to "
                + "be trapped under the rubble.", "2026-02-08", "en");
        java.util.Map<String, String> names = ArticleFixture.names(r);
        assertThat(r.claims()).extracting(c -> c.predicate().name(), c -> c.count().value()).containsExactly(
                tuple("KILLED", 12.0), tuple("KILLED", 11.0), tuple("WOUNDED", 23.0), tuple("MISSING", 5.0));
        assertThat(names.get(r.claims().get(0).claimant())).isEqualTo("Abdulkarim al-Marwani");
        assertThat(names.get(r.claims().get(1).claimant())).contains("Sajid Ali Marri");
        org.warta.model.Record id = ArticleFixture.extract("Ricuh\n\nKorban luka ada 17 orang.", "2026-01-20", "id");
        assertThat(id.claims()).extracting(c -> c.predicate().name(), c -> c.count().value())
                .containsExactly(tuple("WOUNDED", 17.0));
    }

    /* From blind set 35 (Anadolu on North Waziristan): 'There was no response from the ISPR' is the ISPR's no-comment. */
    @Test
    void readsNoResponseFromAPartyAfterTheWords() {
        org.warta.model.Record r = ArticleFixture.extract("Claims\n\nThe TTP said its fighters killed 11 soldiers. There "
                + "was no response from the ISPR to the TTP's claims.", "2026-01-18", "en");
        java.util.Map<String, String> names = ArticleFixture.names(r);
        assertThat(r.claims()).hasSize(1);
        assertThat(r.claims().get(0).responses()).extracting(x -> names.get(x.party()), x -> x.stance().name())
                .containsExactly(tuple("Inter-Services Public Relations", "NO_COMMENT")); // the dictionary's name
    }

    /*
     * A refusal about another matter ('soal dugaan kelalaian dalam prosedur keselamatan kerja') answers no figure; one
     * about the strike or the arrests ('soal serangan udara tersebut', 'mengenai penangkapan warganya') does.
     */
    @Test
    void leavesARefusalAboutAnotherMatterUnattached() {
        String lead = "Ledakan\n\nLedakan di pabrik itu melukai 14 orang, kata Kapolres Cilegon AKBP Hendra Wisnu Saputra. ";
        org.warta.model.Record other = ArticleFixture.extract(lead + "Direktur pabrik Maria Dewi Lestari menolak "
                + "berkomentar soal dugaan kelalaian dalam prosedur keselamatan kerja.", "2025-12-17", "id");
        assertThat(other.claims()).hasSize(1);
        assertThat(other.claims().get(0).responses()).isEmpty();
        org.warta.model.Record strike = ArticleFixture.extract("Serangan\n\nArakan Army mengklaim serangan udara junta "
                + "menewaskan 17 warga. Juru bicara junta Kyaw Thet Naing menolak berkomentar soal serangan udara "
                + "tersebut.", "2025-12-17", "id");
        assertThat(strike.claims()).hasSize(1);
        assertThat(strike.claims().get(0).responses()).extracting(x -> x.stance().name()).containsExactly("NO_COMMENT");
    }

    /*
     * From blind set 36 (Tempo on Kyaukphyu): a calibre after a listed thing ('dua howitzer 105 mm, empat mortir')
     * does not end the list. A response that names a thing with its size ('tabung 3 kilogram yang disita polisi')
     * answers the figure of that size, not the other of the same thing.
     */
    @Test
    void readsPastACalibreInAListAndTellsFiguresBySize() {
        org.warta.model.Record list = ArticleFixture.extract("Kyaukphyu\n\nArakan Army mengaku menyita dua howitzer 105 "
                + "mm, empat mortir, dan ratusan pucuk senapan serbu.", "2025-12-17", "id");
        assertThat(list.claims()).extracting(c -> c.count().value()).containsExactly(2.0, 4.0, null);
        org.warta.model.Record gas = ArticleFixture.extract("Ledakan\n\nDari kios tersebut, penyidik menyita 38 tabung gas "
                + "3 kilogram, sembilan tabung 12 kilogram, serta seperangkat alat suntik gas. Manajer Pertamina, Dimas "
                + "Aryo Pamungkas, membenarkan bahwa tabung 3 kilogram yang disita polisi merupakan elpiji bersubsidi.",
                "2026-01-24", "id");
        assertThat(gas.claims()).extracting(c -> c.count().value(), c -> c.responses().size())
                .startsWith(tuple(38.0, 1), tuple(9.0, 0));
    }

    /*
     * From blind set 35 (detikNews on Puncak): 'membantah klaim TPNPB soal tiga prajurit tewas' restates the claim it
     * denies, TPNPB's, as 'bahwa' does: no figure of the denier's own.
     */
    @Test
    void readsAClaimAboutAFigureInADenialAsTheDeniedOne() {
        org.warta.model.Record r = ArticleFixture.extract("Puncak\n\nTPNPB mengklaim menembak mati tiga prajurit TNI di "
                + "Puncak. Kapendam XVII/Cenderawasih Letkol Inf Benny Sirait membantah klaim TPNPB soal tiga prajurit "
                + "tewas dan perampasan senjata.", "2026-01-18", "id");
        java.util.Map<String, String> names = ArticleFixture.names(r);
        assertThat(r.claims()).extracting(c -> c.count().value(), c -> names.get(c.claimant()), c -> c.status().name())
                .containsExactly(tuple(3.0, "TPNPB-OPM", "DENIED"));
    }

    /*
     * From blind set 38 (Reuters on Volgograd): 'the regional governor said' is the one person whose role the article
     * gives as a governor's, named later, not the source named first in the sentence.
     */
    @Test
    void readsADefiniteRoleSubjectAsItsOneHolder() {
        org.warta.model.Record r = ArticleFixture.extract("Refinery\n\nUkraine said its drones had struck an oil "
                + "refinery in Russia's Volgograd region, while the regional governor said air defences had downed 37 "
                + "drones.\n\nVolgograd Governor Pavel Kirsanov wrote on Telegram that debris had caused a fire.",
                "2026-01-22", "en");
        assertThat(ArticleFixture.countsAndClaimants(r))
                .containsExactly(tuple(37.0, "Pavel Kirsanov"));
    }

    /*
     * From blind sets 37 and 38 (Tribunnews on Minahasa Tenggara, Detik on Garut): 'disampaikan' before an office
     * written out and its holder names the holder, not a body or place named inside the office.
     */
    @Test
    void namesTheHolderAfterAnOfficeWrittenOut() {
        org.warta.model.Record r = ArticleFixture.extract("Longsor\n\nTujuh penambang ditemukan tewas. Data terbaru itu "
                + "disampaikan Kepala Kantor Pencarian dan Pertolongan (Basarnas) Manado, Hendrik Sumual, di posko "
                + "pencarian, Rabu.\n\nSebanyak 11 orang tewas dalam ledakan lain. Data itu disampaikan Kepala Dinas "
                + "Penerangan TNI Angkatan Darat (Kadispenad) Brigjen TNI Wahyu Handoko Saputra.", "2025-12-17", "id");
        assertThat(ArticleFixture.countsAndClaimants(r))
                .containsExactly(tuple(7.0, "Hendrik Sumual"), tuple(11.0, "Wahyu Handoko Saputra"));
    }

    /*
     * From blind set 38 (the Guardian on a camp near El Fasher): 'The RSF rejected the accounts' answers every other
     * side's figures before it of what the RSF did or of no one's doing, not only the last claimant's.
     */
    @Test
    void answersEveryAccountBeforeAPluralDenial() {
        org.warta.model.Record r = ArticleFixture.extract("Camp\n\nThe Rapid Support Forces killed at least 38 people "
                + "in the camp, the Sudan Doctors Network said. A volunteer, Adam Yousif, said 17 women were abducted. "
                + "The RSF rejected the accounts.", "2025-09-02", "en");
        assertThat(ArticleFixture.countsAndResponses(r))
                .containsExactly(tuple(38.0, List.of("Rapid Support Forces:DENIED")),
                        tuple(17.0, List.of("Rapid Support Forces:DENIED")));
    }

    /*
     * From blind set 48 (the Guardian on Lampedusa): a demonym's coastguard is that country's coast guard, and the
     * lead's uncited toll is its; 'put the number of missing at' names its source before it.
     */
    @Test
    void readsACoastguardAsTheLeadsSourceAndANumberPutAt() {
        org.warta.model.Record r = ArticleFixture.extract("Lampedusa\n\nAt least nine people died when a boat "
                + "capsized south of Lampedusa.\n\nThe Italian coastguard said on Thursday that its boats had "
                + "searched the area. The UN refugee agency, UNHCR, put the number of missing at 20.", "2026-01-22",
                "en");
        assertThat(ArticleFixture.countsAndClaimants(r))
                .containsExactly(tuple(9.0, "Coast Guard of Italy"), tuple(20.0, "UNHCR"));
    }

    /*
     * From the Tempo golden on Magway: a denial that answers no claimant and nothing its side is said to have done
     * answers the lead's figures told in the outlet's own voice; a party that gave figures before answers no lead.
     */
    @Test
    void answersTheLeadWhenNoClaimantIsAnswered() {
        org.warta.model.Record r = ArticleFixture.extract("Magway\n\nSerangan udara menewaskan 19 warga sipil di "
                + "Myaing, Senin.\n\nJuru bicara junta, Brigadir Jenderal Aung Kyaw Lwin, membantah tentaranya "
                + "menyasar warga sipil.", "2025-12-16", "id");
        assertThat(ArticleFixture.countsAndResponses(r)).containsExactly(tuple(19.0, List.of("Aung Kyaw Lwin:DENIED")));
    }

    /*
     * From blind set 52 (BBC on Kenya): words after a comma that run to 'said' are its subject ('..., officials said',
     * '..., the agency said'), not a name before the comma; a relative pronoun there ('X, who said') leaves X the
     * speaker.
     */
    @Test
    void readsTheWordsAfterACommaAsTheSubjectOfSaid() {
        org.warta.model.Record r = ArticleFixture.extract("Floods\n\nAt least 12 people died when floods hit the farm "
                + "of John Mwangi near Narok, officials said.\n\nFive more died in Kisumu, according to Governor Peter "
                + "Anyang Nyong'o, who said seven were missing.", "2026-04-28", "en");
        assertThat(ArticleFixture.countsAndClaimants(r))
                .containsExactly(tuple(12.0, "officials"), tuple(5.0, "Peter Anyang Nyong'o"),
                        tuple(7.0, "Peter Anyang Nyong'o"));
    }

    /*
     * From blind set 51 (Kompas on Cianjur) and the merdeka.com and Okezone goldens: 'Data tersebut merupakan
     * pembaruan (dari) X' names the lead's source as 'disampaikan X' does.
     */
    @Test
    void readsAnUpdateOfABodyAsTheLeadsSource() {
        org.warta.model.Record r = ArticleFixture.extract("Gempa Cianjur\n\nCIANJUR, KOMPAS.com - Gempa yang "
                + "mengguncang Kabupaten Cianjur menewaskan 17 orang.\n\nData tersebut merupakan pembaruan Badan "
                + "Nasional Penanggulangan Bencana (BNPB) per Selasa pukul 18.00 WIB.", "2025-12-16", "id");
        assertThat(ArticleFixture.countsAndClaimants(r))
                .containsExactly(tuple(17.0, "Badan Nasional Penanggulangan Bencana"));
    }

    // 'Berdasarkan data X', 'mengacu pada data X', 'data dari X', 'based on figures from X', 'data from X show': the
    // body whose data gives the figure is its source (detik on Bima, Liputan6 on Gome); claim/attribution.tsv.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Berdasarkan data Kementerian Kesehatan Gaza, 45 warga Palestina tewas dalam 24 jam terakhir. | id
            Mengacu pada data Kementerian Kesehatan Gaza, 45 warga Palestina tewas dalam 24 jam terakhir. | id
            Data dari Kementerian Kesehatan Gaza menyebutkan 45 warga Palestina tewas.                 | id
            Sebanyak 45 warga Palestina tewas, berdasarkan data Kementerian Kesehatan Gaza.            | id
            Based on figures from the Gaza Health Ministry, 45 Palestinians were killed.               | en
            Data from the Gaza Health Ministry show 45 Palestinians were killed.                      | en
            """)
    void theBodyWhoseDataGivesTheFigureIsItsSource(String text, String language) {
        org.warta.model.Record r = ArticleFixture.extract("Gaza\n\n" + text, "2025-12-01", language);
        java.util.Map<String, String> names = ArticleFixture.names(r);
        assertThat(r.claims()).extracting(c -> c.count().value(), c -> names.get(c.claimant()))
                .containsExactly(tuple(45.0, "Gaza Health Ministry"));
    }

    // 'There was no immediate comment from the Israeli military', 'Belum ada komentar dari TNI': a silence whose party
    // follows (claim/responses.tsv, AFTER), as 'there was no comment from' already was (Anadolu on Spin Boldak).
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Hamas said its fighters killed 12 Israeli soldiers in Gaza. There was no immediate comment from the Israeli military. | en
            Hamas said its fighters killed 12 Israeli soldiers in Gaza. There was no immediate response from Israel.             | en
            TPNPB mengklaim menembak mati 12 anggota TNI di Intan Jaya. Belum ada komentar dari TNI terkait klaim tersebut.      | id
            TPNPB mengklaim menembak mati 12 anggota TNI di Intan Jaya. Belum ada konfirmasi dari TNI soal klaim itu.            | id
            """)
    void noImmediateCommentFromAPartyIsItsSilence(String text, String language) {
        org.warta.model.Record r = ArticleFixture.extract("Claim\n\n" + text, "2025-12-01", language);
        assertThat(r.claims()).filteredOn(c -> c.count().value() == 12.0).singleElement()
                .satisfies(c -> assertThat(c.responses()).extracting(x -> x.stance()).containsExactly(Stance.NO_COMMENT));
    }

    // A response verb joined to its clause ('and did not comment', 'and denied', 'dan membantah') is its subject's,
    // not the last name before it (claim/links.tsv JOINED_VERB): 'struck Hamas targets and did not comment' is the
    // Israeli military's silence.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Israeli strikes killed 45 Palestinians in Gaza, the health ministry said. The Israeli military said it struck Hamas targets and did not comment on the toll. | 45 | NO_COMMENT
            Hamas said 12 Israeli soldiers were killed. The Israeli military said two soldiers were wounded and denied any deaths. | 12 | DENIED
            """)
    void aJoinedResponseVerbIsTheClauseSubjects(String text, double count, Stance stance) {
        org.warta.model.Record r = ArticleFixture.extract("Gaza\n\n" + text, "2025-12-01", "en");
        java.util.Map<String, String> names = ArticleFixture.names(r);
        assertThat(r.claims()).filteredOn(c -> c.count().value() == count).singleElement()
                .satisfies(c -> assertThat(c.responses()).extracting(x -> names.get(x.party()), x -> x.stance())
                        .containsExactly(tuple("Military of Israel", stance)));
    }

    // Judging a figure higher in other words than claim/responses.tsv had, or questioning it, disputes it: 'the toll
    // was likely higher', 'the figure was an undercount', 'questioned the figure'.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Amnesty International said the toll was likely higher.
            Amnesty International said the figure was an undercount.
            Amnesty International questioned the figure.
            """)
    void judgingAFigureHigherDisputesIt(String response) {
        org.warta.model.Record r = ArticleFixture.extract("Kharkiv\n\nUkraine's health ministry said 30 people were killed "
                + "in Kharkiv. " + response, "2025-12-01", "en");
        assertOnlyResponse(r, "Amnesty International", Stance.DISPUTED);
    }

    // A description opening a sentence with a capitalised modifier is an unnamed source ('Local residents said'), not
    // a name guessed from the capital of 'Local'.
    @Test
    void aCapitalisedModifierOpensAnUnnamedSource() {
        org.warta.model.Record r = ArticleFixture.extract("Kharkiv\n\nUkraine's health ministry said 30 people were "
                + "killed in Kharkiv. Local residents said 50 people died.", "2025-12-01", "en");
        assertThat(ArticleFixture.countsAndClaimants(r))
                .containsExactly(tuple(30.0, "Ministry of Health of Ukraine"), tuple(50.0, "Local residents"));
    }

    // Indonesian residents, families, activists and community figures who speak without a name are sources of their
    // own (entity/unnamed-sources.tsv heads warga, keluarga, aktivis, tokoh), as 'saksi' and 'penduduk' were.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Warga setempat mengatakan korban tewas mencapai 20 orang.   | Warga setempat
            Menurut warga, korban tewas mencapai 20 orang.              | warga
            Sejumlah warga menyebut korban tewas mencapai 20 orang.     | warga
            """)
    void indonesianResidentsAreSourcesOfTheirOwn(String second, String claimant) {
        org.warta.model.Record r = ArticleFixture.extract("Bima\n\nPolres Bima menyebut 12 orang tewas dalam bentrokan "
                + "itu. " + second, "2025-12-01", "id");
        assertThat(ArticleFixture.countsAndClaimants(r))
                .containsExactly(tuple(12.0, "Polres Bima"), tuple(20.0, claimant));
    }

    @Test
    void aVictimsFamilyDenies() {
        org.warta.model.Record r = ArticleFixture.extract("Bima\n\nPolres Bima menyebut 12 orang tewas dalam bentrokan "
                + "itu. Keluarga korban membantah keterangan polisi tersebut.", "2025-12-01", "id");
        assertOnlyResponse(r, "Keluarga korban", Stance.DENIED);
    }

    // Confirming the firefight is no confirmation of its toll ('membenarkan adanya kontak tembak, tetapi membantah ada
    // prajurit yang gugur'): 'kontak tembak', 'baku tembak', 'clashes' are attack words of claim/links.tsv.
    @Test
    void confirmingTheFirefightConfirmsNoToll() {
        org.warta.model.Record r = ArticleFixture.extract("Intan Jaya\n\nTPNPB mengklaim menembak mati tiga prajurit TNI "
                + "di Intan Jaya. TNI membenarkan adanya kontak tembak, tetapi membantah ada prajurit yang gugur.",
                "2025-12-01", "id");
        assertThat(r.claims()).singleElement().satisfies(c -> assertThat(c.responses())
                .extracting(x -> x.stance()).containsExactly(Stance.DENIED));
    }

    // A body that answers through someone ('TNI melalui Kapendam XVII/Cenderawasih membantah', 'Militer Pakistan melalui
    // sayap medianya, ISPR, tidak menanggapi') is the party, not the last name before the response word.
    @Test
    void aBodyAnsweringThroughItsSpokesmanIsTheParty() {
        org.warta.model.Record r = ArticleFixture.extract("Intan Jaya\n\nTPNPB mengklaim menembak mati tiga prajurit TNI "
                + "di Intan Jaya. TNI melalui Kapendam XVII/Cenderawasih membantah klaim tersebut.", "2025-12-01", "id");
        assertOnlyResponse(r, "Tentara Nasional Indonesia", Stance.DENIED);
    }

    // Hearsay is no one a pronoun or a follow-on cue after it refers to: the quotation is the denier's.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Commander Patrick Lomboto spoke to reporters in Mambasa. He denied reports that soldiers had waited hours before responding. "That is false. Our men were on the scene within 40 minutes," he said. | en | Patrick Lomboto
            Kyaw Thura Naing sebelumnya membantah kabar di media sosial yang menyebut tembok istana runtuh dan menimbun puluhan orang. "Itu berita palsu. Tembok istana hanya retak," katanya. | id | Kyaw Thura Naing
            """)
    void hearsayIsNoSpeakerOfTheQuotationAfterIt(String text, String language, String denier) {
        org.warta.model.Record r = ArticleFixture.extract("Title\n\n" + text, "2025-12-01", language);
        java.util.Map<String, String> names = ArticleFixture.names(r);
        assertThat(r.quotes()).filteredOn(q -> q.direct()).extracting(q -> names.get(q.speaker()))
                .containsExactly(denier);
        assertThat(r.entities()).filteredOn(e -> e.name().equals(denier)).singleElement()
                .satisfies(e -> assertThat(e.mentions()).hasSizeGreaterThan(1)); // 'he', 'katanya' are the denier's
    }

    // Dismissing a figure named by a word or a pronoun ('dismissed the TTP figures as', 'dismissed that number as',
    // 'dismissed them as') and rejecting 'that account' deny it (claim/responses.tsv); a source without a name answers
    // as it speaks ('A senior security official dismissed ...', 'community leaders say the death toll is much higher':
    // 'say' is a reporting word of claim/attribution.tsv too).
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Israel dismissed the Hamas figures as propaganda.               | Israel                       | DENIED
            Israel dismissed that number as fabricated.                     | Israel                       | DENIED
            The Israeli government rejected that account.                   | Government of Israel         | DENIED
            A senior security official dismissed the claim as propaganda.   | senior security official     | DENIED
            But community leaders say the death toll is much higher.        | community leaders            | DISPUTED
            """)
    void dismissingAFigureOrAnAccountAnswersIt(String response, String party, String stance) {
        org.warta.model.Record r = ArticleFixture.extract("Gaza\n\nHamas said its fighters killed 16 Israeli soldiers "
                + "in Gaza. " + response, "2025-12-01", "en");
        assertOnlyResponse(r, party, Stance.valueOf(stance));
    }

    // Silences of news copy: 'could not be reached for comment', 'were not immediately available for comment', 'would
    // neither confirm nor deny', 'said he had no information', 'belum bisa dikonfirmasi', 'tidak dapat dihubungi'.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The ISPR could not be reached for comment.                        | en | Inter-Services Public Relations
            ISPR officials were not immediately available for comment.         | en | Inter-Services Public Relations
            The ISPR would neither confirm nor deny the claim.                 | en | Inter-Services Public Relations
            ISPR spokesman Ahmed Sharif said he had no information.            | en | Ahmed Sharif
            """)
    void moreSilencesOfNewsCopy(String response, String language, String party) {
        org.warta.model.Record r = ArticleFixture.extract("Attack\n\nThe TTP said its fighters killed 16 soldiers in "
                + "Bannu. " + response, "2025-12-01", language);
        assertOnlyResponse(r, party, Stance.NO_COMMENT);
    }

    // ... and 'belum memberikan pernyataan (resmi)', 'belum mengeluarkan pernyataan', as 'belum memberikan tanggapan'
    // is one; the denials 'menampik klaim', 'mematahkan klaim', 'menyangkal klaim', as 'menepis klaim' is one.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Hingga kini, TNI belum memberikan pernyataan resmi.  | NO_COMMENT
            TNI belum mengeluarkan pernyataan terkait klaim tersebut. | NO_COMMENT
            TNI belum bisa dikonfirmasi.                         | NO_COMMENT
            TNI tidak dapat dihubungi.                           | NO_COMMENT
            TNI belum dapat dimintai konfirmasi.                 | NO_COMMENT
            TNI masih mendalami klaim tersebut.                  | NO_COMMENT
            Upaya konfirmasi kepada TNI belum membuahkan hasil.  | NO_COMMENT
            TNI menampik klaim itu.                              | DENIED
            TNI mematahkan klaim tersebut.                       | DENIED
            TNI menyangkal klaim itu.                            | DENIED
            """)
    void moreIndonesianAnswers(String response, String stance) {
        org.warta.model.Record r = ArticleFixture.extract("Intan Jaya\n\nTPNPB mengklaim menembak mati tiga prajurit "
                + "TNI di Intan Jaya. " + response, "2025-12-01", "id");
        assertOnlyResponse(r, "Tentara Nasional Indonesia", Stance.valueOf(stance));
    }

    // A clause after a cause word whose attack verb has the attacker as its subject names the agent ('killed after the
    // paramilitary Rapid Support Forces (RSF) shelled', 'killed when Russian forces shelled', 'tewas setelah KKB
    // menembaki'); a comma ends that clause ('in the overnight raids, which he said struck' names no one); an army's
    // soldiers killed so are still its own side's.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            At least 23 people have been killed after the paramilitary Rapid Support Forces (RSF) shelled residential areas of El Obeid. | en | Rapid Support Forces
            Five people were killed when Russian forces shelled Kherson, the governor said.                                              | en | Military of Russia
            Dua prajurit tewas setelah KKB menembaki pos TNI di Intan Jaya.                                                               | id | TPNPB-OPM
            Houthi officials said 24 people were wounded in the overnight raids, which he said struck a prison.                          | en | -
            """)
    void takesTheSubjectOfAnAttackVerbAfterACauseWordAsTheAgent(String text, String language, String agent) {
        assertThat(nameOfFirst(text, language, Claim::agent)).isEqualTo(agent);
    }

    @Test
    void keepsTheSideOfAnArmysOwnSoldiersKilledByAnother() {
        assertThat(nameOfFirst("Syria's defence ministry says three soldiers were killed when an SDF drone targeted "
                + "army positions near Deir Hafer.", "en", Claim::affected)).isEqualTo("Ministry of Defence of Syria");
    }

    // 'Menurutnya, ...' cites the person its clitic refers to, as 'Menurut dia' does: the entity stage joins the 'nya'
    // of the cue (quote/cues.tsv, clitic) to the one named before, and the claim stage takes it as the source.
    @Test
    void readsTheSourceOfMenurutnya() {
        assertThat(nameOfFirst("Kapolres Ahmad Yani datang ke lokasi. Menurutnya, lima orang tewas dalam kejadian itu.",
                "id", Claim::claimant)).isEqualTo("Ahmad Yani");
    }

    // A figure inside what hearsay says is the hearsay's, also when a reporting word of another governs the sentence
    // ('Messages on WhatsApp groups claiming that 15 devotees had died were baseless, Mr. Reddy said'; 'Di media
    // sosial sempat beredar kabar bahwa dua remaja tewas').
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Messages on WhatsApp groups claiming that 15 devotees had died were baseless, Mr. Reddy said.              | en | Messages on WhatsApp groups
            Police spokesman Rizal said reports circulating on social media claiming that 100 people had died were not true. | en | reports circulating on social media
            """)
    void aFigureInsideHearsayIsItsOwn(String text, String language, String hearsay) {
        assertThat(nameOfFirst(text, language, Claim::claimant)).isEqualTo(hearsay);
    }

    // An attack named by its side's demonym ('An Israeli strike', 'A Russian drone strike', 'Russian drones') is that
    // side's armed forces (entity/actors/state-bodies.tsv), so its loss has an agent also in a story that never names
    // the country itself, and drones shot down are that side's.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            An Israeli strike killed five members of one family in Khan Younis, medics said. | agent    | Military of Israel
            A Russian drone strike on Kharkiv killed three people, the governor said.         | agent    | Military of Russia
            Air defences shot down 30 Russian drones overnight, the air force said.           | affected | Military of Russia
            """)
    void takesTheSideOfAnAttackNamedByItsDemonym(String text, String field, String side) {
        assertThat(nameOfFirst(text, "en", "agent".equals(field) ? Claim::agent : Claim::affected)).isEqualTo(side);
    }

    // An Indonesian passive verb names its doer right after it, as 'oleh' does ('tewas ditembak KKB', 'gugur diserang
    // KKB'); a place after a doer word is where, not who ('tewas ditembak di Intan Jaya', 'wounded by shrapnel in
    // Rishon LeZion').
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Dua prajurit TNI tewas ditembak KKB di Intan Jaya.                          | id | TPNPB-OPM
            Dua prajurit TNI gugur diserang KKB di Intan Jaya.                          | id | TPNPB-OPM
            Dua warga tewas ditembak di Intan Jaya.                                     | id | -
            Two people were lightly wounded by shrapnel in Rishon LeZion, medics said.  | en | -
            """)
    void takesTheDoerAfterAnIndonesianPassiveVerb(String text, String language, String agent) {
        assertThat(nameOfFirst(text, language, Claim::agent)).isEqualTo(agent);
    }

    // 'X was quoted as saying' attributes as 'X said' does, with the outlet after 'by' its relay.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Police spokesman John Smith was quoted as saying that five people had been killed.
            Five people were killed, police spokesman John Smith was quoted as saying by Reuters.
            """)
    void readsTheSourceOfWasQuotedAsSaying(String text) {
        assertThat(nameOfFirst(text, "en", Claim::claimant)).isEqualTo("John Smith");
    }

    /**
     * The name of the entity that {@code field} gives for the first claim of a one-paragraph article of {@code text}
     * (dated 2025-12-01), or "-" when it gives none.
     */
    private static String nameOfFirst(String text, String language, java.util.function.Function<Claim, String> field) {
        org.warta.model.Record r = ArticleFixture.extract("Title\n\n" + text, "2025-12-01", language);
        assertThat(r.claims()).isNotEmpty();
        return ArticleFixture.names(r).getOrDefault(field.apply(r.claims().get(0)), "-");
    }

    /** The record's only claim has one response, by {@code party} (an entity's name) with {@code stance}. */
    private static void assertOnlyResponse(org.warta.model.Record r, String party, Stance stance) {
        java.util.Map<String, String> names = ArticleFixture.names(r);
        assertThat(r.claims()).singleElement().satisfies(c -> assertThat(c.responses())
                .extracting(x -> names.get(x.party()), x -> x.stance()).containsExactly(tuple(party, stance)));
    }
}
