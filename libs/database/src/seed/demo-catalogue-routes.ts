import type { DemoTrack } from './demo-catalogue';

/** Route IMH generalist: lesson texts written for this project (original Dutch). */
export const GENERALIST_TRACK: DemoTrack = {
  code: 'GENERALIST',
  title: 'Route IMH generalist',
  description:
    'De route tot IMH generalist is bedoeld voor professionals in wijkteams en de basiszorg. Je verdiept je in veelvoorkomende vragen van jonge gezinnen, zoals overmatig huilen, psychische kwetsbaarheid van ouders en armoede, en je leert wanneer en hoe je samen met anderen opschaalt.',
  targetAudience:
    'Professionals in wijkteams, jeugdgezondheidszorg, kinderopvang en eerstelijnszorg die de IMH-kerncursus hebben afgerond.',
  certificateValidityMonths: 60,
  modules: [
    {
      title: 'Overmatig huilen en regulatie',
      summary: 'Wat veel huilen met een baby en zijn ouders doet, en hoe je samen werkt aan rust en regulatie.',
      studyHours: 6,
      accreditationPoints: 4,
      learningGoals: [
        'Je kent de gangbare omschrijving van overmatig huilen en mogelijke oorzaken.',
        'Je legt uit wat regulatie en co-regulatie zijn.',
        'Je ondersteunt ouders bij het vinden van rust, ritme en troost.',
      ],
      lessons: [
        {
          title: 'Huilen begrijpen',
          body: `Alle baby's huilen. Huilen is de belangrijkste manier waarop een baby laat weten dat er iets is. In de eerste weken neemt het huilen meestal toe, met een piek rond zes weken, en daarna neemt het geleidelijk af. Bij sommige baby's is het huilen zo langdurig en moeilijk te troosten dat we spreken van **overmatig huilen**.

Vaak wordt een vuistregel gebruikt: meer dan drie uur per dag, op meer dan drie dagen per week, gedurende meer dan drie weken. Belangrijker dan het exacte aantal uren is wat het huilen met het gezin doet. Een ouder die een baby niet kan troosten, voelt zich vaak machteloos, schuldig of boos. Slaapgebrek maakt alles zwaarder.

### Kijk breed

Overmatig huilen heeft zelden één oorzaak. Kijk naar:

- **het kind**: lichamelijke oorzaken (laat die altijd medisch beoordelen), gevoeligheid voor prikkels, moeite met overgangen;
- **de ouder**: spanning, somberheid, een zware bevalling, eerdere ervaringen;
- **de omgeving**: drukte, onrust in huis, weinig steun.

### Veiligheid eerst

Een ontroostbare baby kan een ouder tot het uiterste brengen. Bespreek openlijk dat het normaal is om soms boos of wanhopig te zijn, en wat een ouder kan doen als het te veel wordt: de baby veilig in bed leggen, even de kamer uit, iemand bellen. **Schudden is nooit een optie**; benoem dat rustig en zonder beschuldiging.`,
        },
        {
          title: 'Regulatie en co-regulatie in de praktijk',
          body: `Regulatie is het vermogen om spanning, prikkels en emoties te hanteren. Een baby kan dat nog nauwelijks zelf. Hij leert het via **co-regulatie**: een volwassene helpt hem rustig te worden door nabijheid, stem, ritme en aanraking. Pas na veel herhaling kan een kind een deel daarvan zelf.

Co-regulatie werkt in twee richtingen. Een gespannen ouder brengt zijn spanning over op de baby, en een huilende baby maakt de ouder gespannen. Daarom helpt het vaak om eerst de ouder rust te geven, zodat de ouder die rust kan doorgeven.

### Wat je samen met ouders kunt proberen

1. **Prikkels verminderen**: minder licht, geluid en bezoek; een vaste, rustige plek.
2. **Ritme**: een voorspelbare volgorde van voeden, wakker zijn en slapen.
3. **Vroeg signaleren**: leren herkennen wanneer de baby moe wordt, vóór het huilen begint.
4. **Troosten op één manier tegelijk**: niet alles achter elkaar proberen, maar één rustige aanpak even volhouden.
5. **Zorgen voor de ouder**: wie kan een nacht overnemen, wie kan even helpen?

### Samenwerken

Bij overmatig huilen zijn vaak meerdere professionals betrokken: de jeugdarts, de jeugdverpleegkundige, soms een kinderfysiotherapeut of de huisarts. Spreek af wie het aanspreekpunt is, zodat ouders niet van het ene advies naar het andere gaan.`,
        },
      ],
    },
    {
      title: 'Psychische problematiek van ouders',
      summary:
        'Als een ouder psychisch kwetsbaar is, staat de ouder-kindrelatie onder druk. Hoe je het kind in beeld houdt en de ouder steunt.',
      studyHours: 8,
      accreditationPoints: 5,
      learningGoals: [
        'Je beschrijft hoe psychische problemen van een ouder de interactie met een jong kind kunnen beïnvloeden.',
        'Je bespreekt zorgen met ouders op een respectvolle en open manier.',
        'Je weet wanneer en met wie je samenwerkt rond ouder en kind.',
      ],
      lessons: [
        {
          title: 'Als een ouder psychisch kwetsbaar is',
          body: `Veel ouders krijgen in de periode rond de geboorte te maken met psychische klachten. Somberheid, angst en uitputting komen vaak voor; bij een deel van de ouders gaat het om een depressie, een angststoornis of een andere psychische aandoening. Ook vaders en partners kunnen klachten krijgen.

Psychische problemen maken iemand geen slechte ouder. Wel kunnen ze het moeilijker maken om beschikbaar te zijn voor een baby. Een depressieve ouder reageert soms trager of vlakker op het kind; een angstige ouder kan juist heel alert en gespannen zijn. Een baby merkt dat en past zich aan.

### Signalen bij ouder en kind

Let bij de ouder op weinig plezier in het contact, veel piekeren over het kind, of juist afstand. Let bij het kind op weinig oogcontact zoeken, stilletjes zijn, of veel onrust. Dit zijn geen bewijzen, maar aanleidingen om door te vragen.

### Het gesprek aangaan

Veel ouders schamen zich voor hun klachten of zijn bang dat hun kind wordt weggehaald. Een open, niet-oordelende houding maakt het verschil. Vraag hoe het met de ouder zelf gaat, niet alleen met de baby. Benoem dat klachten vaak voorkomen en dat er hulp is. En vraag wat de ouder nodig heeft om goed voor zichzelf en het kind te kunnen zorgen.`,
        },
        {
          title: 'Het kind in beeld houden',
          body: `Wanneer een ouder behandeling krijgt voor psychische problemen, ligt de aandacht vaak bij de volwassene. Het jonge kind raakt dan gemakkelijk uit beeld. Toch is juist de relatie tussen ouder en kind een belangrijke plek om te helpen: als de interactie verbetert, heeft dat effect op het welzijn van beiden.

### Drie vragen om steeds te stellen

1. **Hoe gaat het met het kind?** Groei, slapen, spelen, contact.
2. **Hoe gaat het tussen ouder en kind?** Zijn er momenten van plezier, hoe gaat troosten?
3. **Wie is er nog meer voor het kind?** Een partner, grootouder, de kinderopvang.

### Samenwerken met de volwassenenzorg

Zoek contact met de behandelaar van de ouder, met toestemming van de ouder. Vaak weet de volwassenenzorg weinig van het jonge kind, en weet jij weinig van de behandeling. Samen kun je afspraken maken over steun thuis, over wat te doen als het slechter gaat en over wie het kind in de gaten houdt.

### Opschalen

Soms is meer nodig dan ondersteuning in de basiszorg, bijvoorbeeld bij ernstige problemen of zorgen over de veiligheid van het kind. Bespreek dit met ouders en met collega's, en gebruik de afspraken en meldcode die in jouw organisatie gelden. Ook dan blijft de relatie met de ouder belangrijk: opschalen doe je zo veel mogelijk samen.`,
        },
      ],
    },
    {
      title: 'Armoede en context',
      summary:
        'Geldzorgen, slechte huisvesting en weinig steun raken het jonge kind via de ouder. Hoe je de context meeneemt in je werk.',
      studyHours: 5,
      accreditationPoints: 3,
      learningGoals: [
        'Je legt uit hoe armoede en chronische stress de ouder-kindrelatie beïnvloeden.',
        'Je brengt de context van een gezin in kaart, inclusief hulpbronnen.',
        'Je werkt samen met partners buiten de zorg, zoals schuldhulp en het sociale netwerk.',
      ],
      lessons: [
        {
          title: 'Opgroeien in armoede',
          body: `Armoede is meer dan weinig geld. Het betekent vaak ook slechte of krappe huisvesting, onzekerheid over de toekomst, weinig keuzevrijheid en soms schaamte. Al die zorgen vragen mentale ruimte. Onderzoek laat zien dat aanhoudende geldzorgen het moeilijker maken om vooruit te plannen en rustig te reageren, simpelweg omdat het hoofd vol is.

Voor een jong kind werkt armoede vooral **via de ouder**. Een ouder met veel stress heeft minder ruimte om geduldig te spelen, te troosten of een vast ritme aan te houden. Dat ligt niet aan onwil of onvermogen, maar aan de omstandigheden.

### Wat je kunt doen

- **Vraag ernaar.** Veel ouders vertellen niet uit zichzelf dat ze geldzorgen hebben. Een neutrale vraag als *"Lukt het om rond te komen?"* opent de deur.
- **Maak het klein en concreet.** Welke zorg drukt nu het zwaarst? Soms helpt het regelen van één ding al om weer adem te halen.
- **Verwijs warm.** Breng ouders in contact met schuldhulpverlening, het wijkteam of voorzieningen in de buurt, en vraag later na of het gelukt is.

### Geen extra opdrachten

Wees voorzichtig met adviezen die geld, tijd of energie kosten die er niet zijn. Een advies dat niet uitvoerbaar is, vergroot vooral het schuldgevoel.`,
        },
        {
          title: 'Werken met het netwerk',
          body: `Het jonge kind groeit op in een context: een gezin, een familie, een straat, een buurt. In IMH kijken we naar het **kind in zijn context**. Dat betekent dat we niet alleen vragen wat er mis is, maar ook wie er is: wie helpt, wie kan helpen, wie zou erbij betrokken kunnen worden.

### Een netwerkkaart maken

Een eenvoudige manier om dat zichtbaar te maken is een netwerkkaart. Zet het kind en de ouders in het midden en teken samen met de ouders wie er om hen heen staan: familie, vrienden, buren, de kinderopvang, professionals. Bespreek daarna:

- wie geeft praktische hulp, zoals oppassen of boodschappen?
- bij wie kan de ouder zijn verhaal kwijt?
- wie is er al lang niet meer gezien, en waarom?

Ouders zijn vaak verrast door wat er op de kaart komt te staan, of juist door wat er ontbreekt.

### Professionals als deel van het netwerk

Jij bent als professional ook een deel van het netwerk, maar een tijdelijk deel. Het doel is dat het gezin na jouw betrokkenheid sterker staat dan daarvoor. Investeer daarom in verbindingen die blijven: een buurtgroep voor jonge ouders, een vaste oppas, contact met andere ouders.

> **Om over na te denken:** welke hulpbronnen in jouw buurt of gemeente ken je voor gezinnen met geldzorgen? Weet je ook wie daar het aanspreekpunt is?`,
        },
      ],
    },
  ],
};

/** Route IMH specialist: lesson texts written for this project (original Dutch). */
export const SPECIALIST_TRACK: DemoTrack = {
  code: 'SPECIALIST',
  title: 'Route IMH specialist',
  description:
    'De route tot IMH specialist is bedoeld voor professionals in de specialistische zorg voor jonge kinderen en hun ouders. Je verdiept je in diagnostiek en behandeling binnen de ouder-kindrelatie, intergenerationele patronen en transdisciplinair behandelen.',
  targetAudience:
    'Behandelaars in de specialistische jeugdhulp en (jeugd-)GGZ, zoals psychologen, orthopedagogen, (kinder)psychiaters en systeemtherapeuten, die de IMH-kerncursus hebben afgerond.',
  certificateValidityMonths: 36,
  modules: [
    {
      title: 'Regulatie- en gedragsproblemen bij jonge kinderen',
      summary:
        'Van signaal naar probleem: diagnostiek en behandeling van regulatieproblemen binnen de ouder-kindrelatie.',
      studyHours: 8,
      accreditationPoints: 5,
      learningGoals: [
        'Je onderscheidt ontwikkelingsfasen van problemen die specialistische hulp vragen.',
        'Je betrekt de ouder-kindrelatie in diagnostiek en behandeling.',
      ],
      lessons: [
        {
          title: 'Van signaal tot probleem',
          body: `Huilen, slecht slapen, moeilijk eten of driftbuien komen bij veel jonge kinderen voor. De meeste van deze moeilijkheden horen bij een fase en verdwijnen met steun uit de omgeving. Een specialist krijgt te maken met de situaties waarin dat niet lukt: wanneer problemen lang aanhouden, in meerdere domeinen tegelijk optreden of de ontwikkeling en de relatie ernstig belasten.

### Diagnostiek in de relatie

Bij jonge kinderen kun je gedrag niet los zien van de relatie waarin het zich voordoet. Een kind dat bij de ene ouder ontroostbaar is en bij de andere snel tot rust komt, vertelt iets over het samenspel, niet alleen over zichzelf. Diagnostiek omvat daarom:

- de ontwikkeling en gezondheid van het kind;
- de interactie tussen ouder en kind, bij voorkeur geobserveerd in spel en in een lichte stresssituatie;
- de beleving van de ouder: hoe ziet de ouder dit kind, welke betekenis geeft de ouder aan het gedrag?
- de context en de geschiedenis van het gezin.

### Classificeren met terughoudendheid

Classificatiesystemen voor de vroege kindertijd kunnen helpen om een gemeenschappelijke taal te hebben. Gebruik ze zorgvuldig: een label bij een jong kind kan lang blijven hangen, terwijl de ontwikkeling juist snel verandert.`,
        },
        {
          title: 'Behandeling in de ouder-kindrelatie',
          body: `Bij jonge kinderen is de ouder-kindrelatie meestal de belangrijkste ingang voor behandeling. In plaats van alleen met het kind of alleen met de ouder te werken, werk je met beiden samen. Dat kan in de behandelkamer, maar ook thuis, waar het dagelijks leven zich afspeelt.

### Werkzame elementen

Hoewel methoden verschillen, komen een aantal elementen steeds terug:

1. **Samen kijken**: ouder en behandelaar bekijken samen (soms op video) momenten uit de interactie en staan stil bij wat het kind laat zien.
2. **Mentaliseren**: de ouder wordt uitgenodigd na te denken over wat het kind voelt en wil, en wat het gedrag van het kind bij de ouder oproept.
3. **Succeservaringen**: kleine momenten waarop het lukt worden zichtbaar gemaakt en versterkt.
4. **Aandacht voor de ouder**: eigen ervaringen en gevoelens van de ouder krijgen ruimte, omdat ze de interactie kleuren.

### Tempo en afstemming

Behandeling bij jonge kinderen vraagt een ander tempo dan bij volwassenen. Kinderen ontwikkelen snel; wat vandaag speelt, kan over twee maanden anders zijn. Evalueer daarom regelmatig met ouders en pas de behandeling aan.`,
        },
      ],
    },
    {
      title: 'Ouder-kindbehandeling bij psychische problematiek van ouders',
      summary:
        'Hoe intergenerationele patronen doorwerken en hoe je samen met de volwassenen-GGZ de relatie tussen ouder en jong kind behandelt.',
      studyHours: 10,
      accreditationPoints: 6,
      learningGoals: [
        'Je herkent hoe eigen ervaringen van ouders doorwerken in de relatie met hun kind.',
        'Je stemt de behandeling af met betrokken behandelaars van de ouder.',
      ],
      lessons: [
        {
          title: 'Intergenerationele patronen',
          body: `Ouders nemen hun eigen geschiedenis mee in het ouderschap. Ervaringen uit de eigen jeugd, zowel goede als pijnlijke, kleuren hoe een ouder de signalen van het kind leest en erop reageert. Soms zie je dat een ouder onbedoeld herhaalt wat hij zelf heeft meegemaakt; soms doet een ouder juist alles anders, en schiet daarin door.

Dat betekent niet dat patronen vastliggen. Veel ouders met een moeilijke jeugd worden zorgzame, betrokken ouders. Een belangrijke factor daarbij is of een ouder in staat is om over de eigen ervaringen na te denken en ze een plek te geven.

### In de behandeling

- Geef ruimte aan het verhaal van de ouder, zonder dat de behandeling van het kind daarin verdwijnt.
- Let op momenten waarop gedrag van het kind heftige gevoelens bij de ouder oproept. Die momenten zijn vaak een ingang om samen te onderzoeken wat er gebeurt.
- Help de ouder onderscheid te maken tussen het eigen verleden en het kind dat nu voor hem zit.

### Zorg voor jezelf

Dit werk raakt ook behandelaars. Intervisie en supervisie zijn geen luxe, maar een voorwaarde om helder te blijven kijken.`,
        },
        {
          title: 'Samen met de volwassenen-GGZ',
          body: `Wanneer een ouder in behandeling is bij de volwassenen-GGZ en het jonge kind bij jou, zijn er twee behandelingen die elkaar kunnen versterken of juist kunnen tegenwerken. Afstemming is daarom essentieel.

### Afspraken die helpen

- **Toestemming en openheid**: bespreek met de ouder welke informatie je deelt en met welk doel.
- **Gezamenlijke doelen**: formuleer doelen die zowel over het welzijn van de ouder als over de relatie met het kind gaan.
- **Een signaleringsplan**: wat doen we als het slechter gaat met de ouder? Wie let dan op het kind, wie neemt contact op met wie?
- **Regelmatig overleg**: een kort overleg op vaste momenten voorkomt misverstanden.

### Gezinsgericht denken

Betrek ook de partner en andere gezinsleden. Een partner kan een belangrijke steun zijn voor het kind wanneer de ouder minder beschikbaar is, maar heeft daar zelf soms ook hulp bij nodig. Broertjes en zusjes verdienen eveneens aandacht.

> **Om over na te denken:** hoe ziet de samenwerking met de volwassenen-GGZ er in jouw regio nu uit? Wat zou één verbetering zijn die je zelf in gang kunt zetten?`,
        },
      ],
    },
    {
      title: 'Transdisciplinair behandelen',
      summary:
        'Verschillende disciplines in één behandeling, vanuit één visie: hoe dat werkt in de praktijk en wat het vraagt van het team.',
      studyHours: 6,
      accreditationPoints: 4,
      learningGoals: [
        'Je beschrijft hoe een transdisciplinaire behandeling is opgebouwd.',
        'Je draagt bij aan een gedeelde taal en heldere rolverdeling in een behandelteam.',
      ],
      lessons: [
        {
          title: 'De transdisciplinaire behandelpraktijk',
          body: `In een transdisciplinaire behandeling werken bijvoorbeeld een ouderbegeleider, een psychotherapeut, een logopedist en een fysiotherapeut samen aan één behandelplan voor een jong kind en zijn ouders. Ieder brengt de eigen expertise in, maar de behandeling wordt gedragen door één gedeelde visie: de ouder-kindrelatie staat centraal.

### Hoe dat eruitziet

Een logopedist die werkt aan de communicatie van een peuter, doet dat in aanwezigheid van de ouder en met aandacht voor hoe ouder en kind op elkaar reageren. Een fysiotherapeut die werkt aan de motoriek, laat de ouder ervaren hoe het kind beweegt en wat het kind nodig heeft. En de psychotherapeut weet wat er in die sessies gebeurt, omdat het team elkaar regelmatig spreekt.

### Voordelen voor gezinnen

- één samenhangend plan in plaats van losse trajecten;
- minder afspraken en minder herhaling van het verhaal;
- adviezen die op elkaar aansluiten en in het dagelijks leven passen.

### Voorwaarden

Transdisciplinair werken lukt alleen met tijd voor overleg, vertrouwen in elkaars vakmanschap en de bereidheid om van elkaar te leren. Dat moet een organisatie willen faciliteren.`,
        },
        {
          title: 'Rolverdeling en gedeelde taal',
          body: `Een transdisciplinair team spreekt vaak meerdere vaktalen tegelijk. Wat een psycholoog 'regulatie' noemt, beschrijft een fysiotherapeut misschien in termen van spierspanning en een logopedist in termen van zuig- en slikpatronen. Een **gedeelde taal** ontstaat niet vanzelf: je bouwt haar op door samen naar kinderen te kijken en elkaars begrippen te leren.

### Heldere rollen

Samenwerken betekent niet dat iedereen alles doet. Spreek af:

- wie het **aanspreekpunt** is voor de ouders;
- wie welke **doelen** bewaakt;
- hoe **informatie** tussen teamleden wordt gedeeld en vastgelegd;
- wanneer en hoe het team **evalueert** met ouders.

### Ouders als teamlid

Ouders zijn geen toeschouwers van het team, maar deelnemers. Nodig ze uit bij besprekingen, gebruik hun woorden in het plan en vraag steeds of de behandeling nog past bij wat zij nodig hebben.

> **Opdracht voor jezelf:** kies een begrip uit je eigen vak dat je vaak gebruikt. Hoe zou je het uitleggen aan een collega uit een andere discipline, en aan een ouder?`,
        },
      ],
    },
    {
      title: 'Casuïstiek en supervisie',
      summary: 'Werken met eigen casuïstiek onder supervisie. (In voorbereiding.)',
      studyHours: 12,
      accreditationPoints: 8,
      learningGoals: ['Je presenteert een eigen casus vanuit het IMH-perspectief.'],
      draft: true,
      lessons: [
        {
          title: 'Een casusbespreking voorbereiden',
          body: `Deze les is nog in voorbereiding. Hij beschrijft hoe je een casus uit je eigen praktijk voorbereidt voor een bespreking in de lesgroep: de hulpvraag, je observaties van ouder en kind, je eigen rol en de vragen die je aan de groep wilt voorleggen.`,
        },
      ],
    },
  ],
};
