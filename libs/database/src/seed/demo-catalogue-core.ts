import type { DemoTrack } from './demo-catalogue';

/** IMH-kerncursus: lesson texts written for this project (original Dutch). */
export const CORE_TRACK: DemoTrack = {
  code: 'CORE',
  title: 'IMH-kerncursus',
  description:
    'De kerncursus legt de basis van Infant Mental Health: de eerste 1001 dagen, hechting en de ouder-kindrelatie, observeren op ooghoogte van het kind en samenwerken over de grenzen van je eigen vak heen. Je leert kijken naar het jonge kind in de context van zijn relaties.',
  targetAudience:
    'Alle professionals die werken met ouders en jonge kinderen (van zwangerschap tot ongeveer vier jaar): jeugdverpleegkundigen, kraamverzorgenden, pedagogisch medewerkers, logopedisten, fysiotherapeuten, huisartsen, jeugdhulpverleners en anderen.',
  certificateValidityMonths: 60,
  modules: [
    {
      title: 'De eerste 1001 dagen',
      summary:
        'Waarom de periode van zwangerschap tot de tweede verjaardag zo bepalend is, en wat dat betekent voor jouw werk met gezinnen.',
      studyHours: 6,
      accreditationPoints: 4,
      learningGoals: [
        'Je legt uit waarom de eerste 1001 dagen een kritieke periode zijn voor de ontwikkeling.',
        'Je herkent beschermende factoren en risicofactoren rond kind, ouder en omgeving.',
        'Je verbindt deze kennis met signalen die je in je eigen praktijk tegenkomt.',
      ],
      lessons: [
        {
          title: 'Waarom de eerste 1001 dagen ertoe doen',
          body: `De eerste 1001 dagen lopen van de conceptie tot ongeveer de tweede verjaardag. In geen enkele andere periode van het leven groeit en verandert een mens zo snel. Het lichaam, de hersenen en het vermogen om relaties aan te gaan worden in deze tijd in hoog tempo opgebouwd. Wat een kind in deze periode meemaakt, werkt daardoor lang door.

Dat is geen reden voor fatalisme. Ontwikkeling blijft het hele leven mogelijk, en kinderen zijn veerkrachtig. Maar de eerste bouwstenen bepalen wel mede hoe stevig het fundament is waarop later wordt voortgebouwd. **Vroeg investeren loont**: hulp die aansluit bij de allereerste fase is vaak effectiever en minder ingrijpend dan hulp die pas later op gang komt.

### Drie niveaus om naar te kijken

In IMH kijken we steeds naar drie niveaus tegelijk:

- **het kind**: temperament, gezondheid, vroeggeboorte, regulatie;
- **de ouder**: eigen geschiedenis, draagkracht, psychisch welbevinden, het beeld dat de ouder van het kind heeft;
- **de omgeving**: netwerk, wonen, werk, geldzorgen, toegang tot zorg.

Geen van deze niveaus staat op zichzelf. Een kind dat veel huilt, vraagt meer van een ouder die al weinig slaapt en er alleen voor staat. Een steunend netwerk kan juist veel opvangen.

### Voor jouw praktijk

Je hoeft geen specialist te zijn om verschil te maken. Juist professionals die gezinnen vroeg en vaak zien, zoals de kraamzorg, de jeugdgezondheidszorg en de kinderopvang, kunnen signalen opmerken en ouders op tijd steunen.

> **Om over na te denken:** welke gezinnen zie jij in de eerste 1001 dagen, en op welk moment zou jij als eerste iets kunnen merken?`,
        },
        {
          title: 'Het jonge brein in ontwikkeling',
          body: `Bij de geboorte zijn de hersenen nog lang niet af. In de eerste levensjaren worden in razend tempo verbindingen tussen hersencellen aangelegd. Verbindingen die vaak worden gebruikt, worden sterker; verbindingen die weinig worden gebruikt, verdwijnen weer. De hersenen passen zich zo aan de wereld aan waarin het kind opgroeit.

Die wereld bestaat voor een baby vooral uit **relaties**. Wanneer een ouder reageert op een geluidje, een blik of een huilbui, ontstaat een heen-en-weer van signalen. Dat samenspel, soms 'serve and return' genoemd, is een van de belangrijkste motoren van de ontwikkeling. Het kind ervaart: ik doe iets, en er komt iets terug.

### Wat het brein nodig heeft

Het jonge brein heeft geen dure speeltjes of programma's nodig. Het heeft nodig:

1. voorspelbare, warme zorg van een paar vaste volwassenen;
2. ruimte om te ontdekken in een veilige omgeving;
3. hulp bij het reguleren van spanning: troost, ritme, nabijheid.

### Als het samenspel hapert

Soms komt het heen-en-weer moeilijk op gang. Een ouder kan somber of uitgeput zijn, het kind kan moeilijk te lezen zijn, of de omstandigheden zijn zo zwaar dat er weinig aandacht overblijft. Het gaat er dan niet om schuld te zoeken, maar om te kijken wat ouder en kind helpt om elkaar weer te vinden.

> **Opdracht voor jezelf:** observeer tijdens een gewoon contactmoment een minuut lang het heen-en-weer tussen ouder en kind. Wie begint, wie volgt, en wat gebeurt er als een signaal niet wordt opgepikt?`,
        },
        {
          title: 'Stress, veerkracht en beschermende factoren',
          body: `Stress hoort bij het leven, ook bij het leven van een baby. Honger, een natte luier of een harde knal geven kortdurende spanning, die weer zakt als een ouder helpt. Zo leert een kind dat spanning voorbijgaat. Dat is **gezonde stress**.

Anders wordt het wanneer spanning vaak, lang en zonder troost aanwezig is, bijvoorbeeld bij aanhoudende ruzie, verwaarlozing of grote onveiligheid. Het stresssysteem van het kind blijft dan 'aan' staan. Dat kan de ontwikkeling van lichaam en brein belasten. We spreken dan van toxische stress.

### Veerkracht is geen eigenschap maar een proces

Veerkracht ontstaat niet vanzelf in een kind. Ze groeit in relaties. De belangrijkste beschermende factor is minstens één stabiele, betrokken volwassene. Daarnaast helpen onder meer:

- een ouder die zich gesteund voelt door partner, familie of vrienden;
- voorspelbaarheid in het dagelijks leven;
- professionals die samenwerken in plaats van langs elkaar heen.

### De blik van de professional

Als professional kijk je dus niet alleen naar wat er misgaat, maar ook naar wat er goed gaat en wat versterkt kan worden. Een gesprek dat begint bij de krachten van een gezin opent vaak meer deuren dan een opsomming van zorgen.

> **Om over na te denken:** welke beschermende factoren zie je in een gezin waarmee je nu werkt? Hoe kun je die benoemen in je contact met de ouders?`,
        },
      ],
    },
    {
      title: 'Hechting en de ouder-kindrelatie',
      summary:
        'Wat hechting is, hoe een veilige relatie groeit, en hoe je ouders steunt zonder te oordelen: goed genoeg ouderschap.',
      studyHours: 8,
      accreditationPoints: 5,
      learningGoals: [
        'Je beschrijft wat hechting is en hoe een veilige hechtingsrelatie ontstaat.',
        'Je herkent sensitief en responsief ouderschap in de interactie.',
        'Je spreekt met ouders over de relatie met hun kind vanuit respect voor hun ouderschap.',
      ],
      prerequisites: ['De eerste 1001 dagen'],
      lessons: [
        {
          title: 'Wat hechting is (en wat niet)',
          body: `Hechting is de emotionele band die een kind opbouwt met de mensen die voor hem zorgen. Het kind zoekt bij spanning, angst of pijn de nabijheid van die vertrouwde volwassene op. Als die volwassene beschikbaar is en troost biedt, kan het kind daarna weer verder met spelen en ontdekken. De ouder is dan een **veilige haven** en een **veilige basis** tegelijk.

Hechting is niet hetzelfde als liefde, en ook niet hetzelfde als 'een goede band hebben' in algemene zin. Het gaat specifiek over wat een kind doet als het spannend wordt, en wat het heeft geleerd te verwachten van de ander.

### Veilig en onveilig

Kinderen die kunnen rekenen op troost, laten hun gevoelens doorgaans open zien. Kinderen die hebben geleerd dat troost niet of onvoorspelbaar komt, passen zich aan. Sommigen laten weinig zien om de ander niet kwijt te raken, anderen worden juist heel dringend. Dat zijn slimme aanpassingen aan hun situatie, geen 'stout' gedrag.

### Een paar misverstanden

- Hechting gebeurt niet in de eerste uren na de geboorte en is dan 'klaar'. Het is een proces van maanden en jaren.
- Een kind kan zich aan meerdere mensen hechten: ouders, grootouders, een vaste pedagogisch medewerker.
- Een onveilige hechting is geen diagnose en geen eindstation. Relaties kunnen veranderen.

> **Om over na te denken:** hoe reageert een kind dat je kent als het schrikt? Naar wie kijkt het, en wat gebeurt er daarna?`,
        },
        {
          title: 'Sensitief en responsief ouderschap',
          body: `Twee begrippen komen steeds terug als het gaat om een veilige ouder-kindrelatie: **sensitiviteit** en **responsiviteit**. Sensitief zijn betekent dat een ouder de signalen van het kind opmerkt en ze zo goed mogelijk begrijpt. Responsief zijn betekent dat de ouder daar passend en op tijd op reageert.

Dat klinkt eenvoudig, maar het vraagt veel. Een baby heeft geen woorden. De ouder moet raden: is dit honger, moeheid, te veel prikkels? En de ouder moet er zelf ook toe in staat zijn, ook als hij moe, gespannen of verdrietig is.

### Wat je ziet in de interactie

Je kunt sensitiviteit niet afvinken, maar je kunt wel kijken naar:

- of de ouder het kind volgt of vooral stuurt;
- hoe de ouder reageert op wegkijken, een pruillip of huilen;
- of er momenten van gedeeld plezier zijn;
- hoe een verstoring (een misser) weer wordt hersteld.

Dat laatste is belangrijk. Geen ouder reageert altijd goed. Onderzoek laat zien dat juist het **herstel** na een misser kinderen vertrouwen geeft: het gaat even mis, en daarna komt het weer goed.

### Je rol als professional

Benoem wat goed gaat, concreet en op het moment zelf: *"Zag je hoe ze rustig werd toen je haar oppakte?"* Zo help je ouders hun eigen kind te leren lezen, zonder dat jij het van hen overneemt.`,
        },
        {
          title: 'Goed genoeg ouderschap',
          body: `Veel ouders leggen de lat voor zichzelf heel hoog. Ze lezen, vergelijken en twijfelen. Het begrip **goed genoeg ouderschap** helpt om die druk te verlichten. Een kind heeft geen perfecte ouder nodig, maar een ouder die meestal beschikbaar is, fouten herstelt en zich laat raken door het kind.

Voor professionals is dit begrip net zo belangrijk. Het vraagt een houding van respect voor ouderschap. Ouders zijn de experts van hun eigen kind en hun eigen leven; jij brengt kennis en een frisse blik mee. Samen kijk je wat nodig is.

### Valkuilen in het contact met ouders

- **Adviezen stapelen.** Goedbedoelde tips kunnen overkomen als kritiek. Vraag eerst wat de ouder zelf al probeert.
- **Over het hoofd van het kind praten.** Ook een baby merkt spanning in een gesprek. Betrek het kind erbij: kijk het aan, benoem wat het doet.
- **Alleen naar het kind kijken.** Een ouder die zich gezien voelt, heeft meer ruimte om zijn kind te zien.

### Ouders competenter maken

Het doel van IMH is niet dat ouders afhankelijk worden van hulpverleners, maar dat ze zich zekerder voelen in hun ouderschap. Elke keer dat een ouder ervaart *"ik begrijp mijn kind, en wat ik doe helpt"*, groeit dat vertrouwen.

> **Opdracht voor jezelf:** schrijf drie zinnen op waarmee jij in je volgende contact iets benoemt wat een ouder goed doet. Maak ze zo concreet mogelijk.`,
        },
      ],
    },
    {
      title: 'Observeren op ooghoogte van het kind',
      summary:
        'Samen met ouder en kind op de grond: kijken naar wat het kind laat zien, en je observaties zo delen dat ouders er iets aan hebben.',
      studyHours: 6,
      accreditationPoints: 4,
      learningGoals: [
        'Je observeert het spel en de interactie van een jong kind systematisch en beschrijvend.',
        'Je onderscheidt waarnemen van interpreteren.',
        'Je deelt observaties met ouders op een manier die hen uitnodigt mee te kijken.',
      ],
      prerequisites: ['Hechting en de ouder-kindrelatie'],
      lessons: [
        {
          title: 'Op de grond, naast ouder en kind',
          body: `Een jong kind zie je het best als je op zijn niveau zit. Wie vanaf een stoel naar beneden kijkt, ziet een ander kind dan wie op de mat zit en meespeelt of meekijkt. Door op ooghoogte van het kind te gaan zitten, wordt het kind **deelnemer** in het contact in plaats van onderwerp van gesprek.

Dat heeft ook effect op de ouder. Als jij op de grond zit, gaat de ouder vaak ook zitten. Er ontstaat een gedeelde ruimte waarin je samen kijkt naar wat het kind doet. Het gesprek gaat dan niet óver het kind, maar ontstaat mét het kind erbij.

### Waar let je op?

- **Spel**: waar is het kind mee bezig, hoe lang, hoe gaat het om met frustratie?
- **Contact**: zoekt het kind oogcontact, komt het terug naar de ouder, hoe reageert het op jou als vreemde?
- **Regulatie**: hoe gaat het kind om met overgangen, prikkels en spanning?
- **De ouder**: volgt de ouder het kind, geniet de ouder, waar wordt de ouder onrustig van?

### Beschrijven voordat je duidt

Oefen jezelf in het beschrijven van wat je ziet, zonder meteen een oordeel of verklaring te geven. *"Hij pakt het blokje, kijkt naar zijn moeder en gooit het weg"* is een waarneming. *"Hij zoekt aandacht"* is al een interpretatie. Beide zijn waardevol, maar houd ze uit elkaar.`,
        },
        {
          title: 'Observaties delen met ouders',
          body: `Een observatie wordt pas echt waardevol als je haar met ouders deelt. Dat kan direct, op het moment zelf, of later in een gesprek. In IMH gebeurt het bij voorkeur **direct**: terwijl het kind speelt, benoem je wat je ziet en nodig je de ouder uit om mee te kijken.

Bijvoorbeeld: *"Kijk, ze draait zich steeds even naar jou om voordat ze verder speelt. Wat denk je dat ze dan wil weten?"* Zo help je de ouder om het gedrag van het kind te zien als een signaal met een betekenis. Vaak weet de ouder het antwoord beter dan jij.

### Een paar vuistregels

1. Begin bij iets wat goed gaat of wat de ouder zelf al opmerkte.
2. Gebruik de taal van de ouder, niet je vaktaal.
3. Stel vragen in plaats van conclusies te trekken: *"Herken je dat?"*
4. Laat ruimte voor een andere lezing. Jij ziet een momentopname; de ouder kent het kind al maanden.

### Als je zorgen hebt

Soms zie je iets wat je zorgen baart. Ook dan begin je bij de waarneming, niet bij het etiket. Beschrijf wat je ziet, vraag hoe de ouder het ervaart, en spreek samen af wat er nodig is. Bespreek je zorg waar nodig met collega's uit andere disciplines: een logopedist of fysiotherapeut ziet vaak weer andere dingen.

> **Opdracht voor jezelf:** neem in een volgend contact één observatie die je hardop met de ouder deelt. Schrijf daarna op hoe de ouder reageerde.`,
        },
      ],
    },
    {
      title: 'Multi- en transdisciplinair werken',
      summary:
        'Rond het jonge kind werken veel professionals. Hoe je vanuit één visie samenwerkt, zodat ouders niet van loket naar loket gaan.',
      studyHours: 5,
      accreditationPoints: 3,
      learningGoals: [
        'Je legt het verschil uit tussen multidisciplinair en transdisciplinair werken.',
        'Je beschrijft welke professionals rond een jong kind betrokken kunnen zijn.',
        'Je draagt bij aan een gedeelde taal rond de ouder-kindrelatie in jouw netwerk.',
      ],
      prerequisites: ['De eerste 1001 dagen'],
      lessons: [
        {
          title: 'Eén visie, verschillende disciplines',
          body: `Rond een jong kind en zijn ouders zijn vaak veel professionals betrokken: de verloskundige, de kraamverzorgende, de jeugdverpleegkundige, de huisarts, de pedagogisch medewerker, soms een logopedist, fysiotherapeut of jeugdhulpverlener. Ieder kijkt vanuit het eigen vak. Dat is waardevol, maar het kan ook versnippering geven.

Bij **multidisciplinair** werken leveren verschillende disciplines ieder hun eigen bijdrage, naast elkaar. Bij **transdisciplinair** werken gaan ze een stap verder: ze werken vanuit één gedeelde visie, leren van elkaars vak en stemmen hun aanpak zo op elkaar af dat het voor het gezin als één geheel voelt. In IMH is die gedeelde visie: de ouder-kindrelatie staat centraal.

### Waarom dat verschil maakt

Stel dat een logopedist werkt aan de mondmotoriek van een peuter, terwijl de fysiotherapeut aan de houding werkt en de jeugdhulpverlener met de ouders praat over slapen. Als ieder los werkt, krijgen ouders drie lijstjes met adviezen. Als ze samenwerken vanuit de relatie tussen ouder en kind, sluiten de adviezen op elkaar aan en kunnen ouders ze inpassen in hun dagelijks leven.

### Wat het van jou vraagt

- nieuwsgierigheid naar andere vakken;
- de bereidheid om je eigen bijdrage soms kleiner te maken ten gunste van het geheel;
- duidelijke afspraken over wie wat doet en wie het aanspreekpunt is voor ouders.`,
        },
        {
          title: 'Samenwerken in de keten rond het jonge kind',
          body: `Samenwerking houdt niet op bij de deur van je eigen organisatie. Ouders bewegen zich tussen kraamzorg, consultatiebureau, kinderopvang, huisarts, wijkteam en soms specialistische zorg. Elke overgang is een moment waarop informatie, vertrouwen en tempo verloren kunnen gaan.

Als professionals in de hele keten met dezelfde **IMH-bril** naar jonge kinderen kijken, ontstaat een gedeelde taal. Je weet beter wat de ander bedoelt, je verwijst gerichter en ouders hoeven hun verhaal minder vaak opnieuw te vertellen.

### Praktische bouwstenen

- **Warme overdracht**: stel ouders zo mogelijk persoonlijk voor aan de volgende professional, in plaats van alleen een verwijsbrief te sturen.
- **Gezamenlijke gesprekken**: een gesprek met ouders en twee disciplines tegelijk kan veel losse afspraken vervangen.
- **Ouders als partner**: bespreek met ouders welke informatie je deelt en waarom. Zonder hun toestemming deel je niets.
- **Een vast aanspreekpunt**: spreek af wie de lijnen bij elkaar houdt.

### It takes a village

Opvoeden doe je niet alleen. Dat geldt voor ouders, en eigenlijk ook voor professionals. Een netwerk van goed toegeruste professionals die elkaar kennen en vertrouwen, is zelf een beschermende factor voor het jonge kind.

> **Om over na te denken:** met welke discipline rond het jonge kind heb jij het minst contact? Wat zou een eerste stap zijn om dat te veranderen?`,
        },
      ],
    },
  ],
};
