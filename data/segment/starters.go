package segment

// Sentence starters, lower case: capitalised, these words usually open a
// sentence rather than continue a name after an abbreviation ("Inc. The",
// "U.S. Millions", "S.p.A. Il").

const startersEN = `a an the this that these those it its he she they we i you there
here his her their our my your what when where why who whom whose which how
however but and or so yet if in on at by for from with after before during
since while although though because as once then thus therefore meanwhile
also still even just now today yesterday tomorrow many most some several few
all both each every no not nor one two three four five ten millions thousands
hundreds dozens more less other another such was were is are do does did has
have had can could should would must let please yes according despite unlike
under over about into through between among against without within instead
later earlier finally first second third last next only again indeed perhaps
maybe nevertheless nonetheless furthermore moreover besides otherwise overall
unfortunately fortunately recently currently`

const startersIT = `il lo la i gli le l un uno una questo questa questi queste quel
quello quella quelli quelle quei quegli quest ciò esso essa essi esse egli
ella lui lei loro noi voi io tu si ci c ne non ma e ed o oppure però perché
poiché quindi dunque allora inoltre infatti invece tuttavia anche pure già
ancora poi dopo prima mentre quando se come dove chi che cosa quale quali
quanto quanta quanti quante secondo oggi ieri domani intanto nel nella nei
nelle nello negli nell del della dei delle dello degli dell al alla ai alle
allo agli all dal dalla dai dalle dallo dagli dall in con per da su sul sulla
sui sulle sull tra fra a ad è era erano sono sarà sarebbe ha hanno aveva
tutti tutto tutte tutta molti molte molto alcuni alcune ogni ecco così qui
qua lì là sì no nessun nessuno niente nulla altri altre altro altra anzi
eppure nonostante sebbene benché finché`
