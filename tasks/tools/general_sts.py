"""Generate the GeneralSTS task (semantic textual similarity, general domain).

Every sentence below was written for this benchmark. Each group holds an anchor sentence and hand-scored
variants (paraphrases with little word overlap, variants with a missing detail, high-overlap near-misses such as
negations, changed numbers or swapped roles, pairs sharing some details, topic-only pairs). Unrelated pairs
(score 0) are drawn deterministically from groups with different topic tags and no shared named entity.

Run from the repository root:  python3 tasks/tools/general_sts.py
"""
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import build_sts_pairs, sts_rows, task_dir, write_jsonl, write_task_yaml

SEED = 20240611
N_UNRELATED = 50
OUT_DIR = task_dir("general", "GeneralSTS")
ID_PREFIX = "gsts"

# (topic tag, anchor, [(variant, gold score 0-5), ...])
GROUPS = [
    ("city", "The library on Elm Street will stay open until nine on weekdays starting next month.", [
        ("Beginning next month, the Elm Street branch keeps its doors open till 9 p.m. Monday through Friday.", 4.8),
        ("From next month the Elm Street library will be open until nine in the evening.", 4.0),
        ("The library on Elm Street will stay open until nine on weekends starting next month.", 2.8),
        ("The Elm Street library is closing for renovations next month.", 1.4),
        ("The Elm Street library is extending its opening hours next month.", 3.4),
    ]),
    ("review", "The battery on this laptop barely lasts three hours, which is a real letdown.", [
        ("I'm disappointed that this notebook only gets about three hours per charge.", 4.6),
        ("Battery life on this laptop is poor.", 3.6),
        ("The laptop's battery life is disappointing, though the keyboard is excellent.", 3.0),
        ("The battery on this laptop easily lasts thirteen hours, which is a real highlight.", 1.4),
        ("This laptop has a gorgeous screen, but it runs hot under load.", 1.0),
    ]),
    ("sport", "Heavy rain forced organizers to postpone Saturday's marathon in Port Alder until next weekend.", [
        ("The Port Alder marathon, scheduled for Saturday, has been pushed back a week because of downpours.", 4.8),
        ("Saturday's Port Alder marathon was postponed due to bad weather.", 4.0),
        ("Heavy rain forced organizers to cancel Saturday's marathon in Port Alder.", 3.0),
        ("Organizers in Port Alder expect record crowds at next weekend's marathon.", 1.8),
        ("Marathon runners are advised to drink plenty of water before race day.", 0.8),
    ]),
    ("chores", "Could you remind me to call the dentist tomorrow morning?", [
        ("Please set a reminder for me to phone my dentist first thing tomorrow.", 4.8),
        ("Remind me to call the dentist tomorrow.", 4.2),
        ("Could you remind me to call the dentist tomorrow evening?", 3.4),
        ("I need to cancel my dentist appointment tomorrow morning.", 1.8),
        ("Could you remind me to call the doctor tomorrow morning?", 2.8),
    ]),
    ("geo", "The Velmar River rises in the northern highlands and flows south for roughly 400 kilometres before reaching the sea.", [
        ("Originating in the northern uplands, the Velmar runs about 400 km southward to the coast.", 4.8),
        ("The Velmar River flows south from the northern highlands to the sea.", 3.8),
        ("The Velmar River rises in the southern highlands and flows north for roughly 400 kilometres before reaching the sea.", 2.6),
        ("The Velmar River is about 400 kilometres long and is popular with kayakers.", 2.2),
        ("The Velmar flows for about 400 kilometres.", 3.0),
    ]),
    ("sport", "Midfielder Tomas Reyna scored twice as Harbor City beat Lakeview 3-1 on Sunday.", [
        ("Harbor City defeated Lakeview 3-1 on Sunday, with two of the goals coming from midfielder Tomas Reyna.", 5.0),
        ("Tomas Reyna's double helped Harbor City to a win over Lakeview.", 3.8),
        ("Midfielder Tomas Reyna scored twice as Lakeview beat Harbor City 3-1 on Sunday.", 2.2),
        ("Harbor City will host Lakeview again next month in the cup semifinal.", 1.6),
        ("Harbor City beat Lakeview 3-1 on Sunday.", 3.2),
    ]),
    ("food", "Let the dough rest in the fridge for at least an hour before rolling it out.", [
        ("Chill the pastry for a minimum of sixty minutes prior to rolling.", 4.8),
        ("Refrigerate the dough for about an hour before you roll it.", 4.2),
        ("Let the dough rise in a warm spot for an hour before baking.", 2.0),
        ("Roll out the dough right away; there is no need to chill it.", 1.4),
        ("Pie crust is usually made from flour, butter, salt and cold water.", 1.0),
    ]),
    ("review", "The hotel staff were friendly, but our room smelled of smoke and the Wi-Fi kept dropping.", [
        ("Although the employees were welcoming, the room reeked of cigarettes and the internet connection was unreliable.", 4.8),
        ("Nice staff, but the room smelled of smoke.", 3.4),
        ("The Wi-Fi at the hotel was slow, yet breakfast was excellent.", 1.8),
        ("The hotel staff were rude, but our room was clean and the Wi-Fi worked well.", 1.2),
        ("We stayed at a hotel near the station for three nights.", 1.0),
    ]),
    ("travel", "What's the quickest way to get from the airport to the city centre?", [
        ("How can I reach downtown from the airport as fast as possible?", 4.8),
        ("What's the best way to get from the airport into the city?", 4.0),
        ("What's the cheapest way to get from the airport to the city centre?", 3.0),
        ("How long does the train from the city centre to the airport take?", 2.4),
        ("What's the quickest way to get from the city centre to the airport?", 3.4),
    ]),
    ("city", "The city council approved a budget of 48 million dollars for road repairs over the next two years.", [
        ("Councillors signed off on $48 million to fix roads during the coming two years.", 4.8),
        ("The council approved $48 million for road repairs.", 4.0),
        ("The city council approved a budget of 84 million dollars for road repairs over the next two years.", 3.0),
        ("The city council rejected a budget of 48 million dollars for road repairs over the next two years.", 2.0),
        ("Potholes cause thousands of dollars in car damage every year.", 1.0),
    ]),
    ("scene", "A young boy is feeding ducks at the edge of a pond.", [
        ("At the water's edge, a little kid tosses bread to some ducks.", 4.6),
        ("A child is feeding ducks.", 3.8),
        ("A young girl is feeding geese at the edge of a pond.", 2.6),
        ("A young boy is swimming in a pond.", 1.6),
        ("A young boy is standing at the edge of a pond.", 2.6),
    ]),
    ("arts", "The museum's new wing, designed by architect Lena Osei, opens to the public on 3 May.", [
        ("Lena Osei's addition to the museum welcomes its first visitors on May 3.", 4.6),
        ("The museum will open its new wing on 3 May.", 3.8),
        ("The museum's new wing, designed by architect Lena Osei, opens to the public on 3 March.", 3.2),
        ("Architect Lena Osei has been hired to design a new library in the city.", 1.6),
        ("Museum attendance usually peaks during school holidays.", 0.8),
    ]),
    ("review", "This blender is loud, but it crushes ice in seconds and is easy to clean.", [
        ("It makes a racket, yet this machine pulverizes ice almost instantly and washes up without fuss.", 4.8),
        ("The blender crushes ice quickly and is easy to clean.", 3.8),
        ("This blender is loud and the lid leaks.", 1.8),
        ("This blender is quiet, but it struggles with ice and is hard to clean.", 1.2),
        ("I bought a new kitchen appliance last week.", 0.6),
    ]),
    ("science", "Researchers have identified a previously unknown frog species in the Marreno rainforest.", [
        ("A frog new to science has been found by biologists working in the Marreno jungle.", 5.0),
        ("A new frog species was discovered in a rainforest.", 3.8),
        ("Researchers have identified a previously unknown lizard species in the Marreno rainforest.", 2.8),
        ("Logging threatens many frog species in the Marreno rainforest.", 1.8),
        ("Amphibians are sensitive indicators of environmental health.", 1.0),
    ]),
    ("shopping", "I'd like to return these shoes because they're half a size too small.", [
        ("These sneakers pinch a bit, so I want to send them back; I need the next half size up.", 4.4),
        ("I want to return these shoes because they don't fit.", 3.8),
        ("I'd like to exchange these shoes for a pair half a size smaller.", 2.2),
        ("These shoes are half a size too big, but I'll keep them.", 1.6),
        ("Running shoes should be replaced every few hundred miles.", 0.6),
    ]),
    ("news", "The train drivers' union called off next week's strike after reaching a pay deal with operators.", [
        ("A planned walkout by rail drivers next week has been scrapped following an agreement on wages.", 4.8),
        ("Train drivers have cancelled their strike after a pay agreement.", 4.2),
        ("Rail operators say next week's services will run as normal.", 2.0),
        ("The train drivers' union announced a strike for next week after pay talks with operators collapsed.", 1.6),
        ("Union membership has fallen over the past two decades.", 0.8),
    ]),
    ("home", "The apartment has two bedrooms, a small balcony and is a five-minute walk from the metro.", [
        ("This two-bed flat comes with a compact terrace and sits five minutes on foot from the subway.", 4.8),
        ("A two-bedroom apartment with a balcony near the metro.", 4.0),
        ("The apartment is a five-minute walk from the metro, but it has no balcony.", 2.2),
        ("The apartment has three bedrooms, a large garden and is a fifteen-minute drive from the metro.", 1.8),
        ("Rents in the city centre rose eight percent last year.", 0.8),
    ]),
    ("travel", "My flight was delayed by four hours, so I missed my connection in Kessington.", [
        ("Because my plane left four hours late, I didn't make my onward flight in Kessington.", 4.8),
        ("I missed my connection in Kessington after a long delay.", 4.0),
        ("My flight was delayed by four hours, but I still made my connection in Kessington.", 2.0),
        ("My flight to Kessington was cancelled.", 1.6),
        ("Airport lounges are getting more crowded.", 0.6),
    ]),
    ("news", "Police arrested two men after a jewellery store in Merriton was robbed on Tuesday night.", [
        ("Two suspects were taken into custody following Tuesday night's raid on a Merriton jeweller.", 4.8),
        ("Police made arrests after a jewellery store robbery in Merriton.", 3.8),
        ("Two men were injured after a jewellery store in Merriton was robbed on Tuesday night.", 2.4),
        ("A jewellery store in Merriton reopened on Tuesday after renovations.", 1.2),
        ("Crime rates in small towns have been falling.", 0.8),
    ]),
    ("home", "Can you turn the heating down a little? It's too warm in here.", [
        ("It's rather hot in this room; would you lower the thermostat a bit?", 4.8),
        ("Please turn down the heating.", 3.8),
        ("Can you turn the heating up a little? It's too cold in here.", 1.8),
        ("The heating in this building is broken.", 1.4),
        ("Insulating your loft can cut energy bills.", 0.6),
    ]),
    ("science", "The honeybee communicates the location of food to other bees through a movement called the waggle dance.", [
        ("Honeybees perform a waggle dance to tell their hive-mates where nectar can be found.", 5.0),
        ("Bees use a dance to share where food is.", 4.0),
        ("The honeybee communicates danger to other bees through a movement called the waggle dance.", 2.6),
        ("Honeybees collect nectar from flowers and turn it into honey.", 1.4),
        ("Many insects rely on chemical signals to communicate.", 1.0),
    ]),
    ("review", "The film starts slowly, but the final hour is gripping and beautifully shot.", [
        ("After a sluggish opening, the movie's last sixty minutes are tense and visually stunning.", 4.8),
        ("The movie's last hour is gripping.", 3.2),
        ("The film is beautifully shot but far too long.", 2.0),
        ("The film starts brilliantly, but the final hour drags and looks cheap.", 1.4),
        ("The director's previous film won several awards.", 0.8),
    ]),
    ("news", "The government will raise the minimum wage by 6 percent from January.", [
        ("Starting in January, the statutory lowest hourly pay goes up by six percent.", 4.8),
        ("The minimum wage is going up in January.", 3.6),
        ("The government will raise the minimum wage by 9 percent from January.", 3.0),
        ("The government will freeze the minimum wage from January.", 1.8),
        ("The government will raise the minimum wage by 6 percent from July.", 3.2),
    ]),
    ("scene", "Two dogs are running through the snow, chasing a red ball.", [
        ("A pair of dogs race across the snow after a red ball.", 5.0),
        ("Two dogs chase a ball in the snow.", 4.2),
        ("Two cats are running through the snow, chasing a red ball.", 2.4),
        ("Two dogs are sleeping next to a fireplace.", 1.2),
        ("Two dogs are running through the grass, chasing a red ball.", 3.2),
    ]),
    ("shopping", "Is there a pharmacy open late near here?", [
        ("Do you know of any chemist nearby that's still serving in the evening?", 4.6),
        ("Is there a pharmacy nearby?", 3.6),
        ("Is there a supermarket open late near here?", 2.2),
        ("What time does the pharmacy close on Sundays?", 2.0),
        ("Is there a pharmacy open late in the city centre?", 3.2),
    ]),
    ("news", "Wildfires have burned more than 12,000 hectares in the Castell Hills since Friday, forcing hundreds to evacuate.", [
        ("Since Friday, blazes in the Castell Hills have scorched over 12,000 hectares and driven hundreds from their homes.", 5.0),
        ("Hundreds have been evacuated as wildfires spread in the Castell Hills.", 3.6),
        ("Wildfires have burned more than 1,200 hectares in the Castell Hills since Friday, forcing hundreds to evacuate.", 3.2),
        ("Residents of the Castell Hills returned home after the wildfire was contained.", 2.0),
        ("Dry summers are making wildfire seasons longer.", 1.0),
    ]),
    ("shopping", "The jacket is waterproof, has a detachable hood and comes in navy and olive.", [
        ("This rain-proof coat features a removable hood and is available in dark blue or olive green.", 4.8),
        ("A waterproof jacket with a detachable hood.", 3.8),
        ("The jacket comes in navy and olive but runs small.", 2.0),
        ("The jacket is not waterproof, has a fixed hood and comes only in black.", 1.4),
        ("Layering is the best way to stay warm on winter hikes.", 0.6),
    ]),
    ("politics", "Maria Lunde defeated incumbent Paul Ferris to become mayor of Ashbury.", [
        ("Ashbury has a new mayor after challenger Maria Lunde unseated Paul Ferris.", 4.8),
        ("Maria Lunde won the Ashbury mayoral election.", 4.0),
        ("Paul Ferris defeated challenger Maria Lunde to remain mayor of Ashbury.", 1.8),
        ("Maria Lunde and Paul Ferris held their final debate in Ashbury on Thursday.", 1.8),
        ("Voter turnout in local elections is usually low.", 0.8),
    ]),
    ("arts", "I've been learning to play the piano for about six months now.", [
        ("I started teaching myself the keyboard roughly half a year ago and I'm still at it.", 4.4),
        ("I'm learning piano.", 3.6),
        ("I've been learning to play the guitar for about six months now.", 2.6),
        ("I stopped playing the piano six months ago.", 1.8),
        ("Music education may improve children's memory.", 0.8),
    ]),
    ("geo", "Mount Keldar, at 5,210 metres, is the highest peak in the Orven range and was first climbed in 1931.", [
        ("First summited in 1931, the 5,210-metre Keldar is the tallest mountain of the Orven chain.", 5.0),
        ("Mount Keldar is the highest mountain in the Orven range.", 3.6),
        ("Mount Keldar, at 5,210 metres, is the highest peak in the Orven range and was first climbed in 1913.", 3.4),
        ("Mount Keldar is a popular destination for skiers in winter.", 1.6),
        ("Mount Keldar, the tallest peak in the Orven range, is 5,120 metres high.", 2.8),
    ]),
    ("review", "Delivery took almost three weeks and the package arrived damaged.", [
        ("It took nearly 21 days to show up, and the box was crushed when it got here.", 4.6),
        ("The package arrived damaged.", 3.2),
        ("Delivery took almost three weeks, but customer service was helpful.", 2.2),
        ("Delivery took just three days and the package arrived in perfect condition.", 1.2),
        ("Online shopping has grown rapidly over the last decade.", 0.6),
    ]),
    ("news", "The school board voted to start classes 30 minutes later next year so students can get more sleep.", [
        ("To help pupils rest longer, lessons will begin half an hour later from next year, the board decided.", 4.8),
        ("The school board voted for a later start time next year.", 3.6),
        ("The school board voted to start classes 30 minutes earlier next year so buses can run on time.", 1.8),
        ("Parents asked the school board to reconsider next year's calendar.", 1.6),
        ("Teenagers need eight to ten hours of sleep a night.", 1.0),
    ]),
    ("chores", "Sorry, I'm running about ten minutes late, so start without me.", [
        ("Go ahead and begin; I'll be there roughly ten minutes behind schedule, apologies.", 4.8),
        ("I'm going to be a bit late, sorry.", 3.4),
        ("Sorry, I'm running about ten minutes late, so please wait for me.", 2.8),
        ("I'll be ten minutes early, so save me a seat.", 1.6),
        ("Traffic is always bad on Friday afternoons.", 0.8),
    ]),
    ("city", "The park has a playground, a dog-free picnic area and public toilets near the north gate.", [
        ("Near the north entrance there's a children's play area, a picnic lawn where pets aren't allowed, and restrooms.", 4.6),
        ("The park has a playground and public toilets.", 3.4),
        ("The park has a playground, a dog-friendly picnic area and no public toilets.", 2.2),
        ("The north gate of the park is closed for repairs.", 1.4),
        ("City parks improve residents' mental health.", 0.8),
    ]),
    ("news", "The toy maker Brimble is recalling 20,000 wooden trains because small parts can come loose.", [
        ("About 20,000 of Brimble's wooden toy locomotives are being pulled from shelves, as pieces may detach.", 4.6),
        ("Brimble has recalled its wooden trains over a safety issue.", 3.6),
        ("The toy maker Brimble is recalling 2,000 wooden trains because the paint contains lead.", 2.4),
        ("Brimble's wooden trains were named toy of the year.", 1.4),
        ("Parents should check toys for small parts that could be swallowed.", 1.2),
    ]),
    ("food", "Does this restaurant have any vegetarian options?", [
        ("Are there meat-free dishes on the menu here?", 4.8),
        ("Can I get something vegetarian here?", 4.4),
        ("Does this restaurant have any gluten-free options?", 2.4),
        ("This restaurant's vegetarian lasagne is excellent.", 2.0),
        ("Does this restaurant have any vegan options?", 3.4),
    ]),
    ("news", "A magnitude 5.8 earthquake struck off the coast of Tarrin early Monday, but no damage was reported.", [
        ("No damage was reported after a 5.8-magnitude quake hit offshore near Tarrin in the early hours of Monday.", 5.0),
        ("An earthquake struck off Tarrin on Monday without causing damage.", 4.0),
        ("A magnitude 8.5 earthquake struck off the coast of Tarrin early Monday, but no damage was reported.", 3.0),
        ("A magnitude 5.8 earthquake struck off the coast of Tarrin early Monday, damaging dozens of buildings.", 2.6),
        ("Coastal towns run regular tsunami drills.", 1.0),
    ]),
    ("tech", "To reset the router, hold the small button on the back for ten seconds until the light blinks.", [
        ("Press and keep the tiny rear switch down for about ten seconds, until the indicator flashes, and the device will restore itself.", 4.6),
        ("You can reset the router by holding the button on its back.", 3.8),
        ("To reset the router, unplug it for ten seconds and plug it back in.", 2.6),
        ("The light on the router blinks when there is no internet connection.", 1.6),
        ("Mesh Wi-Fi systems cover large homes better.", 1.0),
    ]),
    ("review", "The service was painfully slow, but the pasta was the best I've had in years.", [
        ("We waited forever for our food, yet the noodles were the finest I've eaten in a long time.", 4.6),
        ("The pasta was excellent.", 3.0),
        ("The pasta was the best I've had in years, and the desserts were great too.", 2.6),
        ("The service was quick, but the pasta was bland.", 1.4),
        ("The restaurant is on the corner of Fifth and Main.", 0.8),
    ]),
    ("science", "Photosynthesis converts sunlight, water and carbon dioxide into glucose and oxygen.", [
        ("Using light energy, plants turn CO2 and water into sugar, releasing oxygen as a by-product.", 4.6),
        ("Plants make sugar from sunlight through photosynthesis.", 3.6),
        ("Respiration converts glucose and oxygen into carbon dioxide, water and energy.", 1.8),
        ("Photosynthesis takes place mainly in the leaves of plants.", 1.8),
        ("Plants need regular watering during hot weather.", 1.0),
    ]),
    ("city", "The bridge between Norland and Eastvale will be closed to traffic for six weeks from Monday for repairs.", [
        ("Starting Monday, the Norland-Eastvale crossing shuts to vehicles for a six-week repair job.", 5.0),
        ("The Norland-Eastvale bridge will close for repairs from Monday.", 4.0),
        ("The bridge between Norland and Eastvale will reopen to traffic on Monday after six weeks of repairs.", 2.4),
        ("A new bridge between Norland and Eastvale is being planned.", 1.6),
        ("Commuters face delays across the region this week.", 1.0),
    ]),
    ("home", "My neighbour's dog barks all night and I can't sleep.", [
        ("I'm not getting any rest because the pup next door keeps yapping through the night.", 5.0),
        ("The neighbour's dog keeps me awake.", 4.2),
        ("My dog barks all night and keeps the neighbours awake.", 2.2),
        ("My neighbour's dog is very friendly.", 1.2),
        ("My neighbour's dog barks all day while they're at work.", 2.6),
    ]),
    ("travel", "The airline will add daily flights between Sorrenby and Cape Lira starting in June.", [
        ("From June, there will be a service every day linking Sorrenby and Cape Lira, the carrier said.", 4.8),
        ("New flights between Sorrenby and Cape Lira begin in June.", 4.0),
        ("The airline will cut daily flights between Sorrenby and Cape Lira starting in June.", 2.2),
        ("Cape Lira's airport is being expanded to handle more flights.", 1.6),
        ("Air travel demand has recovered strongly.", 0.8),
    ]),
    ("review", "The novel's characters feel real, although the ending is rushed.", [
        ("The people in this book are convincing, even if the conclusion feels hurried.", 5.0),
        ("Believable characters, but a rushed ending.", 4.6),
        ("The ending of the novel surprised me.", 1.6),
        ("The novel's characters feel flat, although the ending is satisfying.", 1.4),
        ("I read mostly mystery novels on holiday.", 0.8),
    ]),
    ("chores", "We're out of milk, so could you grab some on your way home?", [
        ("Can you pick some up when you're heading back? The fridge has no milk left.", 4.8),
        ("Please buy some milk on your way home.", 4.2),
        ("We're out of bread, so could you grab some on your way home?", 2.6),
        ("I already bought milk on my way home.", 2.0),
        ("We're out of milk; could you grab some tomorrow morning?", 3.2),
    ]),
    ("arts", "The museum is free on the first Sunday of every month.", [
        ("Admission costs nothing on each month's opening Sunday.", 4.8),
        ("The museum has free entry once a month.", 3.8),
        ("The museum is free on the last Friday of every month.", 3.0),
        ("The museum is closed on the first Sunday of every month.", 2.0),
        ("Museum tickets cost twelve dollars for adults.", 1.2),
    ]),
    ("science", "Researchers at Holloway University say a daily 20-minute walk may lower the risk of heart disease.", [
        ("Strolling for twenty minutes each day could reduce cardiac risk, according to a Holloway University study.", 4.8),
        ("A study says daily walking may be good for the heart.", 3.6),
        ("Researchers at Holloway University say a daily 20-minute walk has no effect on the risk of heart disease.", 2.0),
        ("Regular exercise has many benefits for mental health.", 1.2),
        ("Holloway University is recruiting volunteers for a study on diet and sleep.", 0.8),
    ]),
    ("shopping", "Can I pay by card, or is it cash only?", [
        ("Do you take plastic, or do I need notes and coins?", 4.6),
        ("Do you accept card payments?", 4.0),
        ("Can I pay by card, or do I have to order online?", 2.4),
        ("I left my wallet and card at home.", 1.4),
        ("Contactless payments have become very common.", 1.2),
    ]),
    ("news", "Storm Edda knocked out power to 40,000 homes along the coast overnight.", [
        ("Around 40,000 coastal households lost electricity during the night as Storm Edda swept through.", 5.0),
        ("Storm Edda caused widespread power cuts on the coast.", 3.8),
        ("Power has been restored to 40,000 homes along the coast after Storm Edda.", 2.6),
        ("Storm Edda is expected to reach the coast by Friday.", 2.0),
        ("Storm Edda knocked out power to 4,000 homes along the coast overnight.", 3.0),
    ]),
    ("chores", "The course runs for eight weeks, meets on Tuesday evenings and costs 150 dollars.", [
        ("This two-month class is held every Tuesday night and the fee is $150.", 4.8),
        ("The eight-week course meets on Tuesday evenings.", 3.8),
        ("The course runs for eight weeks, meets on Thursday mornings and costs 510 dollars.", 2.4),
        ("The course has been cancelled due to low enrolment.", 1.4),
        ("The course runs for six weeks, meets on Tuesday evenings and costs 150 dollars.", 3.2),
    ]),
]

# Hand-written stand-alone pairs (sentence1, sentence2, gold score).
EXTRA = [
    ("The café on the corner now opens at 7 a.m. instead of 8.", "You can get coffee at the corner café an hour earlier than before, from seven o'clock.", 4.6),
    ("Tickets for the concert sold out within ten minutes.", "Every seat for the show was gone less than a quarter of an hour after sales opened.", 4.8),
    ("She finally passed her driving test on the third attempt.", "After two failures, she got her licence.", 4.4),
    ("He forgot his umbrella and got soaked on the way to work.", "Having left his brolly at home, he arrived at the office drenched.", 5.0),
    ("The lecture has been moved from Room 12 to the main hall.", "Today's talk will take place in the main hall rather than Room 12.", 4.6),
    ("Our power went out during the storm last night.", "We lost electricity for a while when the storm hit yesterday evening.", 4.6),
    ("The soup was far too salty for my taste.", "I found the soup way oversalted.", 4.8),
    ("A man in a red jacket is riding a bicycle down a hill.", "A cyclist wearing a red coat is coasting downhill.", 4.8),
    ("The kids built a sandcastle on the beach.", "The children made a sandcastle by the sea and then swam.", 3.8),
    ("The printer on the third floor is out of toner.", "The third-floor printer needs a new cartridge.", 4.2),
    ("My sister moved to Bellhaven last spring for a nursing job.", "My sister moved to Bellhaven last spring.", 3.6),
    ("The concert starts at eight, but doors open at seven.", "The concert starts at seven, but doors open at six.", 3.0),
    ("Turn left at the second traffic light, then the bakery is on your right.", "Turn right at the second traffic light, then the bakery is on your left.", 2.6),
    ("The new phone has a better camera but a smaller battery than last year's model.", "The new phone has a worse camera but a bigger battery than last year's model.", 2.0),
    ("The tenant complained to the landlord about the broken boiler.", "The landlord complained to the tenant about the broken boiler.", 2.4),
    ("A woman is slicing tomatoes in the kitchen.", "A woman is slicing onions in the kitchen.", 2.8),
    ("The parcel was left with a neighbour because nobody was home.", "Nobody was home, so the parcel went back to the depot.", 2.6),
    ("Our team won the quiz by a single point.", "Our team lost the quiz by a single point.", 2.0),
    ("The zoo's baby elephant was born on Tuesday and weighs 110 kilograms.", "The zoo's baby giraffe was born on Tuesday and is already 1.8 metres tall.", 2.2),
    ("I usually cycle to work unless it's raining.", "On rainy days I take the bus to work.", 3.0),
    ("The hiking trail is steep but well marked.", "The trail has clear signs throughout the hike.", 2.8),
    ("The kettle is broken, so I'm boiling water in a pan.", "I need to buy a new kettle this weekend.", 1.6),
    ("Volunteers planted 300 trees along the riverbank on Saturday.", "The riverbank was flooded after heavy rain on Saturday.", 1.0),
    ("My phone screen cracked when I dropped it on the stairs.", "Phone repair shops charge a lot for screen replacements.", 1.4),
    ("The orchestra performed Beethoven's Fifth to a full house.", "Classical music is often played in films.", 0.8),
    ("A cat is sitting on a windowsill watching the rain.", "It has been raining all week in the valley.", 0.6),
    ("The bakery sells sourdough loaves only on Fridays.", "The old stadium will be demolished next year.", 0.0),
    ("I think I left the oven on.", "The festival lineup includes three jazz bands.", 0.0),
    ("Remember to water the tomatoes before you leave.", "The chess club meets on Wednesday evenings.", 0.2),
    ("He apologised for missing the meeting.", "The penguins at the aquarium were fed at noon.", 0.0),
    ("Her grandmother taught her to knit scarves.", "The trains to the coast are running late today.", 0.2),
    ("The kitchen sink is leaking again.", "Our plumber can't come until Thursday.", 1.8),
]

assert len({g[1] for g in GROUPS}) == len(GROUPS)


def names(text):
    """Capitalised words after the first token, used to keep unrelated pairs free of shared named entities."""
    return set(re.findall(r"[A-Z][a-z]+", text)[1:])


def main():
    rng = random.Random(SEED)
    pairs = build_sts_pairs(rng, GROUPS, EXTRA, N_UNRELATED, names)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    write_jsonl(OUT_DIR / "pairs.jsonl", sts_rows(rng, ID_PREFIX, pairs))
    description = (
        "Semantic textual similarity on everyday English: requests, news sentences, descriptions,\n"
        f"encyclopedic facts and product reviews ({len(pairs)} sentence pairs, gold scores 0-5 spread evenly\n"
        "over the range). Pairs were written for this benchmark around 50 anchor sentences with hand-scored\n"
        "variants: low-overlap paraphrases, variants missing a detail, high-overlap near-misses (negation,\n"
        "changed numbers, swapped roles, wrong day), topic-only and unrelated pairs; generated by\n"
        "tasks/tools/general_sts.py with fictional people and places.\n"
    )
    write_task_yaml(OUT_DIR, "sts", description)


if __name__ == "__main__":
    main()
