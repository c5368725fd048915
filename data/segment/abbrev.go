package segment

// Abbreviations, lower case, without the final full stop. Inner dots stay:
// "e.g", "s.p.a". Initialisms (U.S., Ph.D.), single letters and numbers are
// recognised without a list. Each class is explained at wordClass.

const titlesCommon = `mr mrs ms messrs mme mmes mlle msgr dr prof e.g i.e vs viz cf`

const titlesEN = `mx rev revd hon gov sen rep gen col capt cpt lt sgt maj cmdr cdr adm
brig cpl pvt pres supt insp det fr`

const titlesIT = `sig sigg sig.ra sig.na sig.ri sigg.ri sigg.re dott dott.ssa dr.ssa
prof.ssa avv ing arch geom rag on sen gen col cap ten magg mons card egr gent
gent.mo gent.ma gent.mi gent.me ill ill.mo ill.ma ill.mi spett spett.le cav
comm uff pres dir amm dep ass cons sac mar.llo brig app es p.es cfr vd ecc.mo
ecc.ma s.e s.s`

const endCommon = `etc ecc a.m p.m`

const numericCommon = `no nos nr n° nº num art pag pp vol fig figs tab sec par para ch
chap op tel fax rs eq ref approx ed est`

const numericIT = `artt pagg voll tav sez lett all prot sent ord cpv`

const abbrevCommon = `jr sr co corp inc ltd llc plc bros dept univ assn ave blvd rd st mt
ft jan feb mar apr jun jul aug sep sept oct nov dec al ca cit ibid med min max`

const abbrevEN = `tues thurs govt intl natl misc mfg mgr mgmt yr yrs hr hrs sq
lb lbs oz pt pts qt gal yd yds mi tbsp tbs tsp pkg qty incl excl esp avg
appt apt bldg hwy ext attn cont contd orig pg pgs wk wks mos mins secs
depts assoc asst dist div mtg mon tue wed thu thur fri ste fwy pkwy cir
spp sp var resp eds repr transl
ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich
minn miss mo mont neb nebr nev okla oreg pa penn tenn tex va vt wash wis wisc
wyo`

const abbrevIT = `a.c d.c s.p.a s.r.l s.n.c s.a.s s.c.r.l d.lgs d.l d.p.r d.m
d.p.c.m g.u c.c c.p c.p.c c.p.p r.d t.u ndr n.d.r n.d.t n.d.a cass cost trib
reg genn febbr giu lug ago sett set ott dic lun mer gio ven sab dom mld mln
tot prov com loc fraz v.le p.zza p.za c.so str rif seg segg ss ult
conv mod succ integr disp att trans prel proc civ pen cod giur fam imp ric
abbr agg amer anat ant archeol astr aus biol bot chim econ elettr filos fis
fisiol geogr geol gramm idraul ingl lat ling mat mecc meteor mil mus
ort pl pol psicol sing sost spec stat tecn teol tipogr zool tit trad
cur gg sgg racc raccom ns id risp ved cell cent`
