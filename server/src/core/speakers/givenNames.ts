// The gender a first name usually says: common French and English given names whose gender is not in doubt, so that
// "il" / "elle", "he" / "she" can tell apart two people named with no title. Names given to both (such as "camille",
// "dominique", "claude", "alex", "sam") and names of one gender in one language and the other in another ("andrea",
// "nicola", "simone") are left out on purpose: a wrong gender would push a pronoun away from the right person. "jean"
// is a man's name, as in French copy. Written by hand for this project, folded (no accents, lowercase) as names are
// looked up.
import { fold } from './words';

const FEMALE = `
adele adeline adrienne agathe agnes aicha alexandra alexia alice aline amandine amelie anais anastasia andree
angele angelique anna annabelle anne annette annick annie antoinette apolline ariane arlette armelle audrey aurelie
aurore axelle beatrice benedicte bernadette berthe blandine brigitte capucine carine carla carole caroline catherine
cecile celine chantal charlene charlotte chloe christelle christiane christine claire clarisse claudine clemence
clementine cloe colette coline coralie corinne cyrielle daniela danielle delphine denise diane dolores edith elena
eleonore eliane elisa elisabeth elise ella elodie eloise elsa emeline emilie emma emmanuelle estelle eugenie eva
eveline evelyne fabienne fanny fatima fatou florence florine francine francoise frederique gabrielle gaelle genevieve
georgette ghislaine gisele helene henriette hortense ines irene isabelle jacqueline jeanne jeannine jessica joelle
josephine josette josiane judith julia julie juliette justine karine katia laetitia laure laurence laurie lea leila
leonie lina lise lisette louise lucette lucie lucienne ludivine lydie madeleine maelle magali manon margaux margot
maria marianne marie marielle marine marinette marjorie marthe martine maryse mathilde maud melanie melissa
micheline michelle mireille monique muriel myriam nadege nadia nadine nathalie nicole noelle noemie oceane odette
odile olga ophelie pascale patricia paulette pauline perrine rachida raymonde regine renee rolande rosalie rose
roseline sabine sabrina salome samia sandra sandrine sarah severine solange solene sonia sophie stephanie
suzanne sylvie sylviane tatiana therese valentine valerie veronique victoire victoria violette virginie viviane
yasmine yolande yvette yvonne zoe
abigail alison amanda amber amy angela barbara becky beth bethany betty bonnie brenda bridget carol cheryl cindy
claudia colleen cynthia deborah debbie diana donna doris dorothy eileen elaine eleanor elizabeth ellen emily erica
erin esther ethel fiona gemma georgina gillian gladys gloria grace gwen hannah harriet hazel heather helen holly ivy
jane janet janice jennifer jenny jill joan joanna joanne josephine joyce judy karen kate katherine kathleen kathryn
kathy katie laura lauren linda lisa lorraine louisa lucy lydia madison margaret martha mary maureen megan
melanie mildred miranda molly nancy naomi natalie olivia pamela patricia paula pauline peggy penelope phyllis polly
priscilla rachel rebecca rita rosemary ruth samantha sandra sarah sharon sheila shirley stephanie susan suzanne
sylvia tamsin teresa theresa tina tracy ursula vanessa victoria wendy yvonne
`;

const MALE = `
adam adrien alain albert alexandre alfred alphonse amaury andre antoine anthony armand arnaud arthur auguste
aurelien baptiste basile bastien benjamin benoit bernard bertrand blaise boris bruno cedric charles christian
christophe clement constant corentin cyril cyrille damien daniel david denis didier dimitri edgar edmond edouard
emile emilien emmanuel eric erwan etienne eugene fabien fabrice felix ferdinand fernand florent florian francis
francois franck frederic gabriel gaetan gael gaston gauthier georges gerald gerard germain gilbert gilles gregoire
gregory guillaume gustave guy henri herve hubert hugo hugues jacques jean jeremie jeremy jerome joel jonathan
joseph josselin julien jules justin kevin laurent leo leon leonard lionel loic louis luc lucas lucien ludovic
marc marcel marius martin mathias mathieu matthieu maurice maxime maximilien michel mickael mohamed nathan nicolas
noel octave olivier pascal patrice patrick paul philippe pierre quentin raphael raymond regis remi rene renaud
richard robert rodolphe roger roland romain romuald samuel sebastien serge simon stephane sylvain theo theophile
thibault thibaut thierry thomas timothee tristan valentin victor vincent william xavier yann yves yvon
aaron alan andrew angus arnold barry ben bill bob brian bruce carl chuck colin craig dan dave derek
dennis donald douglas duncan dylan edward edwin eric ernest frank fred gary geoffrey george gordon graham greg
harold harry henry howard hugh ian jack jake james jason jeff jeffrey jeremy jim jimmy joe john jonathan joshua keith
ken kenneth kevin larry len leonard liam malcolm mark matthew michael mike neil nick nigel oliver oscar owen patrick
peter phil philip ralph ray raymond richard rob robert roger ronald roy russell ryan scott sean seth stanley steve
steven stuart ted terence thomas tim timothy tom tony trevor vernon walter wayne william zachary
`;

const GENDERS = new Map<string, 'f' | 'm'>();
for (const name of FEMALE.split(/\s+/u).filter(Boolean)) GENDERS.set(name, 'f');
for (const name of MALE.split(/\s+/u).filter(Boolean)) GENDERS.set(name, 'm');

/**
 * The gender a given name usually says, if the lexicon holds it unambiguously. A compound name is decided by its
 * first part ("marie-claire", "anne-sophie" are women's names, "jean-marie", "jean-pierre" men's).
 */
export function givenNameGender(given: string): 'f' | 'm' | undefined {
 return GENDERS.get(fold(given).split('-')[0]!);
}
