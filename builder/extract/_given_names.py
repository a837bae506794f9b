"""Given names readers take as a man's or a woman's (US, British, Irish, Canadian, Australian and New Zealand news,
with the names their communities give): a weak mark of a person's sex, which the article's own he/she, Mr/Ms and
"his wife" outrank. Names given to both sexes in numbers ("Jordan", "Taylor", "Casey", "Jamie", "Alex", "Robin",
"Kelly", "Dana", "Jean", "Andrea", "Nicola") are in neither set."""
from __future__ import annotations

MORE_MALE_GIVEN_NAMES = frozenset("""
aaron abe abel abner abraham abram adam adolph adrian aidan aiden al alan alastair alasdair albert alberto alec
alexander alf alfie alfonso alfred alfredo allan allen alonzo alton alvin ambrose amos andre andré andy andrew angus
anthony anton antony archibald archie arlo arnie arnold art arthur artie asher august augustus austin axel barnaby
barney barry bart bartholomew basil baxter beckett ben benedict benjamin benji benny bentley bert bertie bill billy
bob bobby boris boyd brad bradford bradley brady brandon braxton brayden brendan brendon brent brett brian brice brock
broderick brody bruce bruno bryan bryant bryce bryson buck bud buddy burt burton byron cal caleb callum calum calvin
carl carlton carlos carson carter cecil cedric chad chadwick chance chas chase chester chet chip chuck clarence clark
claude clay clayton clement cliff clifford clifton clint clinton clive clyde cody colby cole colin colton conner
connor conrad cooper cornelius cornell craig curt curtis cyril cyrus dale damian damien damon dan danny daniel darrell
darren darrin darryl dave davey david dawson deacon dean declan denny dennis derek derrick desmond dexter dick dillon
dirk dom dominic don donald donnie donny donovan doug douglas doyle duane dudley duke duncan dustin dwayne dwight
dylan earl easton ed eddie eddy edgar edmund edward edwin eli elias elijah elliot elliott elmer elton elvis emanuel
emmanuel emmett emil ephraim erasmus eric erik ernest ernie errol ethan eugene evan everett ezekiel ezra felix
ferdinand fergus finn floyd forrest francis frank franklin fred freddie freddy frederick gabe gabriel garrett garry
garth gary gavin gaz gene geoff geoffrey george gerald gerard gerry gideon gilbert giles glen glenn gordon grady
graeme graham grant grayson greg gregg gregory greyson griffin gus guy hal hank hans harold harrison harry harvey
heath hector henry herb herbert herman homer horace howard hubert hudson hugh hugo humphrey ian ike irving isaac
isaiah isiah ivan ivor jace jack jackson jacob jake jarrod jared jarvis jason jasper jax jaxon jaxson jay jed jeff
jefferson jeffery jeffrey jeremiah jeremy jerome jerrod jerry jim jimmie jimmy joe joel joey john johnny jon jonah
jonas jonathan jonny josh joshua josiah judd julian julius justin karl keith ken kendrick kenneth kenny kent kev kevin
kieran kirk kurt kyle lachlan lance landon larry laurence lawrence len lenny leo leon leonard leroy les lester levi
lewis lincoln lionel llewellyn lloyd lonnie lorenzo louie louis lucas luke luther lyle mack maddox magnus malcolm marc
marcus mark marshall martin marty marvin mason mathew matt matthew maurice max maxwell melvin michael mick mickey
micky mike mikey miles milo milton mitch mitchell monty morris moses murray myles nash nate nathan nathaniel neal ned
neil nelson neville nicholas nick nigel noah noel nolan norm norman oliver ollie oscar oswald otis otto owen patrick
paul paxton percy perry pete peter phil philip phillip pierce porter preston quentin quinton ralph randall randolph
randy raphael ray raymond reece reg reggie reginald reid rex rhett richard rick ricky rob robbie robert rod rodney
roger roland rolf ron ronald ross roy rudolph rudy rufus rupert russ russell rusty ryan ryder ryker salvatore samson
samuel saul scott seb sebastian seth shane shaun shawn sheldon sherman sid silas simon solomon spencer stan stanley
stefan stephen sterling steve steven stewart stu stuart sylvester tanner ted teddy terence terrence theo theodore
thomas tim timmy timothy titus tobias toby todd tom tommy tony travis trent trevor trey tristan troy tucker tyler
tyrone vaughan vaughn vernon vic victor vince vincent virgil wade wallace wally walt walter ward warren wayne wendell
wes wesley weston wilfred wilfrid will william willie willis wilson winston wyatt xander zach zachariah zachary zack
zane zeke deandre darnell deshawn dashawn darius dante demetrius davon dejuan demarcus demario deonte dequan devante
devonte dewayne jamal jamar jamel jaleel jalen jamison jaquan javon jermaine keshawn keyshawn lamar lamont laquan
malik marquis marquise marquez rashad rasheed rashawn shaquille shaq terrell tyree tyrese tyrell trayvon deion dion
dontae donte marlon montel montrell terrance treyvon javion kareem khalil jabari darrius dwyane antoine antwan antwon
cedrick stephon kenyon deangelo demarco roosevelt dev niall conor ciaran ciarán cian colm colum conall conan cormac
darragh dermot diarmuid donal dónal donnacha donncha eamon eamonn éamon éamonn enda eoghan eoin fearghal fergal
feargal fiachra finbar finbarr fintan gearóid gearoid killian cillian lorcan malachy micheál mícheál micheal naoise
odhrán odhran oran oisín oisin pádraig padraig páidí paidi paddy peadar ronan ruairí ruairi rory seamus séamus seán
senan tadhg tiarnan tiernan turlough ultan cathal aodhán aodhan breandán alistair euan ewan dougal finlay fraser
gregor hamish iain murdo murdoch ruaridh ruairidh rab aled alun aneurin cai carwyn cerith dafydd dai deiniol dewi
elfed elwyn emlyn emrys emyr gareth geraint gethin glyn gruffudd gruffydd guto gwilym gwyn gwynfor huw hywel idris
ieuan iestyn ifan iolo iorwerth iwan islwyn llewelyn llywelyn llion llyr madoc meirion meurig owain osian peredur
rhodri rhun rhydian rhys steffan taliesin tomos trystan ianto tane rawiri nikau wiremu hemi hone mikaere matiu pita
tama tamati tipene ihaia hohepa paora petera rewi maui timoti anaru sione viliami tevita semisi tomasi sitiveni ioane
taniela siaosi mosese inoke malakai alejandro alonso alvaro álvaro andrés andres antonio armando arturo augusto benito
bernardo cesar césar cristian cristobal cristóbal diego domingo eduardo efrain efraín elías ernesto esteban eugenio
ezequiel fabian fabián federico felipe félix fernando francisco gerardo gilberto gonzalo gregorio guillermo gustavo
héctor hernan hernán horacio humberto ignacio javier jesus jesús joaquin joaquín jorge jose josé juan julio leonardo
luis manuel marcelo marco marcos mariano mario martín mateo mauricio miguel moises moisés nestor néstor nicolás
octavio omar orlando osvaldo oswaldo pablo pedro rafael ramiro ramon ramón raul raúl renato ricardo roberto rodolfo
rodrigo rogelio rolando ruben rubén salvador saúl sergio tomás ulises vicente víctor xavier jairo iván agustin agustín
adolfo anibal aníbal benjamín camilo clemente constantino darío dario edgardo emiliano fausto fidel ismael jeronimo
jerónimo leandro leopoldo lucio maximiliano maximo máximo noe noé patricio rigoberto silvio simón tito valentino joão
joao gonçalo goncalo rui nuno tiago thiago luiz paulo vitor vítor sérgio fábio fabio wagner cristiano henrique
alessandro angelo carlo claudio davide domenico emanuele enrico enzo fabrizio filippo francesco franco giacomo
giancarlo gianluca gianni giorgio giovanni giulio giuseppe guido luca luciano luigi marcello massimo matteo maurizio
paolo pasquale piero pietro raffaele riccardo rocco sandro stefano tommaso umberto valerio vincenzo vito aldo cesare
dino gaetano gennaro gino giuliano mauro nino romano vittorio alessio carmine carmelo alain armand arnaud benoît
benoit bertrand christophe clément didier étienne etienne éric fabien françois francois frédéric frederic gaston
gérard gilles guillaume henri hervé herve jacques julien laurent luc lucien marcel mathieu matthieu maxime michel
nicolas olivier pascal philippe pierre rémi sébastien sebastien serge stéphane stephane sylvain thierry yannick yves
gaétan gaetan jean-marc jean-paul jean-luc jean-claude jean-louis jean-pierre jean-françois jean-francois
jean-philippe jean-sébastien léo léon émile emile romain adrien alexandre baptiste cédric florian jérôme joël kévin
loïc loic yann rené bernd dieter friedrich fritz günter gunter günther gunther heinrich heinz helmut horst jens
joachim jörg jorg jürgen jurgen klaus lukas manfred matthias markus niklas olaf rainer ralf reinhard sven thorsten
torsten udo ulrich uwe volker werner wilhelm wolfgang hermann gerhard gerd erich ernst claus armin arno bastian
benedikt christoph dietrich georg hendrik henrik maarten pieter ruud willem bram jeroen anders bjorn björn nils mats
mikael johan leif olof gunnar knut thor ulf jesper kasper mads rasmus soren søren morten mikko ville timo aleksandr
aleksander aleksandar andrzej bogdan dmitri dmitry dimitri dragan goran igor jaroslav jiri jiří jakub janusz jerzy
karol krzysztof lech leszek marek miroslav mirosław nikolai nikolay oleg pavel pawel paweł piotr sergei sergey serhiy
stanislav tadeusz tomasz tomas vaclav václav vadim valentin vasily viktor vitaly vladimir vladislav volodymyr
vyacheslav wojciech yevgeny yevgeniy yuriy yury zbigniew zoran milos miloš dusan dušan zlatan ante tomislav alexei
alexey aleksei anatoly andrei andriy artem artyom bohdan denys dmytro evgeny fedor fyodor ilya kirill konstantin
leonid maksim maxim mikhail mykola mykhailo oleksandr oleksiy pyotr ruslan taras timur vasyl vitali yaroslav yevhen
gheorghe ion florin mihai mircea nicolae vasile radu marius alexandru laszlo lászló zoltan zoltán istván istvan attila
tibor gabor gábor kamil dominik nikola luka marko petar andreas christos dimitrios georgios giorgos konstantinos
kostas nikolaos nikos stavros vasilis yiannis yannis giannis ioannis costas alexandros petros mehmet mustafa ahmet
emre burak murat kemal recep hakan osman orhan selim fatih reza hossein hamid mehdi mahmoud majid saeed farhad omid
arash amir navid hamed hassan javad kamran mansour yousef mohammed muhammad mohamed mohammad mohamad ahmed ahmad
hussein husain hussain ibrahim ismail yusuf youssef khalid khaled tariq tarek tareq bilal faisal hamza karim mustapha
mahmud abdul abdullah abdallah rashid salman zain zayn asif aamir nasir naveed shahid sajid zahid arif wasim adnan
irfan rizwan usman umar farhan imtiaz javed junaid nadeem saif sohail tahir yasir zubair fahad jamil nabil samir walid
ziad fadi rami majed hisham hesham anwar ayman osama usama marwan wael yasser adel adil amin amr ashraf ayoub bashar
fares faris habib hadi hamad kamal mahdi maher mazen munir nader nasser rafik rafiq saad saleh salem salim samer
sharif suleiman sulaiman taha waleed yahya zaid zakaria anas ammar musa murad asad atif haris hasan iqbal mansoor
rahim raza yasin zafar zulfiqar aziz akbar farooq mahmood qasim riaz yunus abdirahman abdullahi mohamud abdi aakash
akash abhishek aditya ajay ajit akhil alok amit amitabh anand anil ankit anuj arjun arun arvind ashish ashok atul
bharat deepak dhruv dilip dinesh ganesh gaurav gopal govind harish kapil kartik karthik kunal mahesh manish manoj
mohan mohit mukesh narendra naveen navin nikhil nitin pankaj pawan pradeep prakash pranav prashant praveen prem rahul
raj rajan rajesh rajiv rakesh ram ramesh ranjit ravi rishi rohan rohit sachin sameer sandeep sanjay sanjeev satish
shankar shiv shyam siddharth sunil suraj suresh varun vijay vikram vishal vivek yash zubin aarav arnav ishaan vihaan
kabir veer venkat kwame kofi kwesi kwaku kojo yaw kwabena kwadwo kwasi emeka chukwuemeka obinna ikenna nnamdi chinedu
ifeanyi olumide babatunde tunde kunle segun wale gbenga jide akin kayode dapo chukwudi adewale olusegun chijioke juma
baraka otieno ochieng omondi odhiambo thabo sipho themba mandla bongani sibusiso siyabonga sizwe abebe haile tesfaye
getachew dawit yonas avi avraham binyamin chaim eyal itzhak yitzhak meir moshe nir oren uri yehuda yosef yossi hiroshi
takashi kenji haruki daisuke kazuo koji masahiro satoshi shinzo shota taro takeshi tuan hung duc quang trung qiang
jianguo guoqiang zhiqiang ji-hoon min-jun
""".split())

MORE_FEMALE_GIVEN_NAMES = frozenset("""
abigail abby abbie ada adalyn addie adela adelaide adele adeline adrienne agatha agnes aileen aimee alana alanna
alberta alexa alexandra alexandria alice alicia alina alisha alison alissa allie allison alma althea alyson alyssa
amanda amber amelia amelie amy anastasia angela angelina angelique angie anita ann anna annabel annabella annabelle
anne annette annie annika antoinette april arabella ariana arianna arlene ashlee ashleigh astrid athena aubree audrey
augusta aurora autumn ava babs barb barbara beatrice beatrix bea becca becky bec belinda bella bernadette bernice
bertha beryl bess beth bethany betsy bettina betty bev beverly bianca blanche bonnie brandi brandy breanna brenda
briana brianna bridget bridie brielle britney brittany brittney brooke bronwyn brynn caitlin caitlyn callie camilla
camille candace candice candy cara carina carla carlene carly carmel carmen carol carole caroline carolyn carrie
cassandra cassie cath catherine cathy cecelia cecilia cecily celeste celia chantal chantelle charity charlene
charlotte chelsea cheryl chloe chrissie christa christina christine cindy claire clara clare clarice clarissa
claudette claudia colette colleen connie constance cora coral cordelia corinne cornelia crystal cynthia daisy daphne
darla darlene davina dawn deb debbie debby debora deborah debra deidre deirdre delia delilah della delores denise
desiree diana diane dianne dina dolly dolores donna dora doreen doris dorothea dorothy dot dottie edie edith edna
eileen elaine eleanor eleanora elena eliana elinor elisa elise eliza elizabeth ella ellen ellie eloise elsa elsie
elspeth emily emma enid erica erika erin esme esmé esmeralda estelle esther ethel etta eugenia eunice eva evangeline
eve everly faith fanny fay faye felicity fern fiona flo flora florence frances francesca francine freda freya frieda
gabriella gabrielle gail gayle gemma genevieve georgia georgina geraldine gertrude gigi gillian gina ginger ginny
gladys glenda glenys glynis gloria grace gracie greta gretchen gwen gwendolyn hailey hannah harmony harriet hattie
hayley hazel heather heidi helen helena henrietta hermione hilda holly hope ida imogen ingrid irene iris isabel
isabela isabella isabelle isla ivy izzy jacinta jacinda jacqueline jacqui jacquie jade janae jane janelle janet
janette janice janine jasmine jeanette jeannette jeannie jemima jen jenn jenna jennie jennifer jenny jess jessica jill
jillian joan joanna joanne jodi jodie johanna josephine josie joy joyce juanita judith judy julia juliana julianne
julie juliet juliette june juniper justine kaitlyn karen karina kate katelyn katharine katherine kathleen kathryn
kathy katie katrina katy kay kayla kaylee kayleigh keira kerri khloe kimberley kimberly kira kirra kirsten kirsty
kristen kristie kristin kristina kristy krystal kylie lacey laila lana lara laura lauren laurel lavinia leah leanne
leila lena leona leonie leonora lettie lexi libby lila lilian liliana lillian lily linda lisa liz liza lizzie lois
lola lorena loretta lorna lorraine lottie louisa louise lucia lucille lucinda lucy luisa lydia lyla lynette mabel
mackenna madeleine madeline madelyn madison madonna mae maeve maggie mags makayla mamie mandy marcella marcia margaret
margery margie margo margot marguerite maria marianne marie mariel marietta marilyn marina marisa marjorie marla
marlene marsha martha martina mary maryann maud maude maureen mavis maxine may meg megan meghan melanie melinda
melissa melody mercedes meryl mia michaela michelle mila mildred millicent millie mimi mina mindy minnie miranda
miriam missy misty moira molly mona monica monique muriel myrtle nadia nadine nancy nanette naomi narelle natalia
natalie natasha nell nellie nerida nettie nicole nikki nina noelene noeline noelle nora norah noreen norma nova
octavia odette olga olive olivia opal ophelia paige pam pamela pansy patricia patsy patti patty paula paulette pauline
pearl peggy penelope penny petra philippa phoebe phyllis piper pippa polly poppy portia priscilla prudence queenie
rachael rachel raelene raquel rebecca rebekah regina renee rhoda rhonda rita roberta robyn rochelle rosa rosalie
rosalind rosalyn rosamund rose roseanne rosemary rosie roslyn rowena roxanne roxy ruby ruth sabrina sadie sally
samantha sandra sarah savannah scarlett selena selina serena serenity sharon shawna sheila shelley sheree sherri
sherry shirley sienna sofia sophia sophie stacey stella steph stephanie summer susan susanna susannah susie suzanne
suzy sybil sylvia tabitha tahlia tamara tami tammy tania tanya tara tayla tegan teresa teri terri tess tessa thea
thelma theresa tiffany tilly tina toni tori tricia trinity trish trudy ursula valerie vanessa vera veronica vicki
vicky victoria violet virginia vivienne wanda wendy wilhelmina willa willow winifred winnie yvette yvonne zoe zoey
zara aaliyah aisha ayesha ebony eboni jada keisha kiesha lakeisha lakisha latoya latonya latasha latisha letitia nia
shaniqua shanice tamika tanisha tasha tameka tiana tierra tyra lashonda shonda shanelle shantel chanel deja destiny
kiara keyana kianna kierra laquita latrice precious quiana raven shameka shaniya tanesha tiara aja shakira shanequa
shawanda sherita takisha tanika teneisha yolonda oprah janiyah jazmine jasmin aisling aislinn áine aine aoibheann
aoibhinn aoife bláithín blathnaid bríd brid brigid caoimhe ciara clodagh dearbhla éabha eabha eimear emer eithne
fionnuala fionnula grainne gráinne laoise máire maire mairead máiréad mairéad meabh méabh muireann niamh nuala orla
orlaith orlagh róisín roisin saoirse sadhbh sinéad sinead síle sile siobhán siobhan sorcha úna una treasa máirín
mairin peig caitríona caitriona eibhlín eibhlin shauna sheena ailsa catriona eilidh isobel kirsteen mhairi morag mairi
rhona shona effie euphemia marsaili seonaid angharad anwen bethan branwen bronwen carys catrin cerys dilys eirlys
eleri elin eluned ffion gwenllian gwyneth gwenda heledd llinos lowri mair manon meinir myfanwy nerys olwen rhiannon
rhian seren siân sian sioned lleucu alys delyth gwenno morwenna nesta aroha mereana hine kiri kahurangi mere miriama
ngaire pania hana huhana ripeka rahera kataraina maata anahera hinemoa roimata wikitoria heeni hera mele salote seini
litia malia losana alejandra araceli beatriz blanca catalina consuelo cristina daniela elvira esperanza estela
fernanda gabriela graciela inés ines josefina juana julieta leticia lourdes lucía luz magdalena marcela margarita
maría mariana maribel marisol marta mónica nayeli noemí noemi paola pilar rocío rocio rosalinda silvia sofía soledad
susana valeria verónica ximena yesenia yadira yazmin zoila itzel citlali xochitl abril amparo ángela angelica angélica
antonia azucena benita camila carolina concepción concepcion conchita eloisa emilia estefanía estefania evangelina
fabiola francisca gisela griselda guillermina herminia hortensia imelda irma isela jimena karla leonor lilia lupita
maite manuela maritza mayra micaela minerva nidia ofelia perla reyna reina rosaura salomé salome socorro valentina
viviana zulema marisela anahí anahi dulce inmaculada josefa lidia matilde paloma remedios rosalía rosalia rosana
milagros corazon maricel marivic marilou maricar teodora joana conceição alessandra alessia antonella carlotta
caterina chiara cinzia concetta donatella elisabetta emanuela federica giada gianna giorgia giovanna giulia giuliana
giuseppina ilaria letizia lorenza loredana margherita michela patrizia raffaella rosanna rossella stefania vittoria
ornella assunta carmela immacolata nunzia filomena annunziata graziella mariangela mariella pina tiziana vincenza
amélie anaïs anais annick ariane aurélie aurelie béatrice cécile cecile céline celine christelle christiane claudine
danielle delphine éliane eliane élise élodie elodie émilie emilie eugénie évelyne fabienne françoise francoise
geneviève georgette ginette gisèle giselle hélène helene huguette jeanne jeannine jocelyne joséphine josée josee
laetitia laure léa lea liliane lise lucie marcelle marielle marine martine mathilde micheline mireille mylène mylene
nathalie odile pascale pierrette rachelle raymonde renée sandrine solange stéphanie sylvie thérèse therese valérie
véronique veronique virginie zoé chloé clémence clemence clémentine clementine éloïse heloise héloïse inès jeanine
josette lucienne marie-claude marie-ève marie-eve marie-josée marie-josee marie-france marie-pier maryse mélanie
noémie océane oceane sabine ségolène segolene viviane johanne guylaine chantale nicolette brigitte anke anja antje
birgit britta dagmar elke gerda gertrud gudrun hannelore heike helga hildegard ilse ingeborg irmgard jutta karin
katrin kerstin liesl lotte margit monika renate rosemarie silke sigrid susanne svenja ulrike ute waltraud wiebke
anneke annemarie anneliese liselotte frauke mareike marieke femke saskia sanne inger linnea maja malin solveig tove
ulla ylva agneta birgitta britt freja frida hedda hedvig kajsa liv mette pernille ragnhild randi signe siri sofie
stina tuva vibeke aino anneli helmi kaisa liisa minna päivi paivi pirjo riitta sanna satu tarja tuula sirpa marjatta
hanna annelies agnieszka aleksandra alena anya beata bozena bożena danuta dorota ewa ewelina galina grazyna grażyna
halina irina iryna jadwiga justyna karolina katarzyna kasia krystyna ludmila lyudmila malgorzata małgorzata marzena
nadezhda oksana olena paulina svetlana tatiana tatyana ulyana urszula weronika yelena yulia yuliya zofia zuzana
zuzanna zhanna daria darya ekaterina yekaterina ksenia kseniya larisa larissa lyubov marija milena polina raisa sofiya
viktoria yana jitka lenka pavla ivana jelena milica snezana snežana dragana gordana vesna mirjana ljiljana biljana
tanja sanja ivona mihaela ioana andreea ileana simona elisabeta florentina roxana ramona adriana anca oana corina
mirela ágnes erzsebet erzsébet katalin zsuzsanna eszter ildikó ildiko krisztina judit orsolya réka reka anikó aniko
ilona iveta inese ieva rūta ruta egle eglė eleni katerina dimitra despina vasiliki ioanna eirini irini kalliope
konstantina panagiota paraskevi stavroula theodora evangelia angeliki nikoleta voula ayse ayşe elif emine fatma hatice
zeynep merve esra büşra busra özlem ozlem leyla yasemin zehra azadeh fatemeh farnaz mahsa maryam nasrin nazanin neda
niloufar parisa roya shirin zahra mitra shabnam mahnaz fatima fatimah khadija khadijah mariam zainab amina aminah
layla yasmin yasmine yasmeen samira salma sana rania huda hanan zeinab zeina rima dalia ghada maha asma asmaa bushra
hiba heba nada nahla najwa nisreen nesrine ruba salwa shaima shereen sherine amira aya aziza basma dunya eman farida
hala jamila latifa lubna malak manal marwa naima nawal rasha reem safa safiya sahar samia sawsan suha wafa yousra
yusra habiba karima malika farzana rehana sharmin rubina sabina sadia saira sidra uzma zubaida hina nargis rabia
rukhsana saba sabiha saima shazia nazia nasreen shabana tasneem zarina hodan hawa halima fadumo faduma sahra ifrah
ubah deeqa hibaaq aarti arti aishwarya amrita anjali ankita anushka aparna archana bhavna chandni deepa deepika divya
gayatri geeta gita isha jaya kajal kamala karishma kavita kavitha komal lakshmi lata leela madhuri malini manisha maya
meena meera mira nandini nalini neelam neha nirmala nisha padma pallavi pooja puja poonam preeti priya priyanka radha
radhika rani rashmi rekha reshma ritu riya rohini rupa sakshi sangeeta sanjana sarita savita seema shalini shanti
sharmila shilpa shobha shreya shruti shweta simran sita smita sneha sonal sonali sudha sujata sunita swati tanvi
trisha uma usha vandana varsha vidya vijaya ananya aditi diya anika ishita kavya indira parvati asha akosua ama afua
abena adwoa akua yaa efua esi funmi funmilayo folake titilayo ngozi chiamaka chidinma adaeze nneka chioma amaka ifeoma
nkechi zawadi neema wanjiru wanjiku achieng akinyi atieno adhiambo nomvula thandiwe thandeka nomsa zanele lindiwe
naledi busisiwe nokuthula zodwa thuli lerato refilwe dineo selam tigist hirut mekdes almaz aster rina tali tamar yael
noa yoko keiko yoshiko akiko michiko naoko noriko sachiko tomoko yuko mariko hiroko reiko junko kyoko mayumi yumi
megumi ayumi aiko mai sakura yui kaori midori miyuki huong thuy nga trang mei meiling xiaomei xiaoyan xiuying seo-yeon
""".split())
