"""Generator for the bundled GeneralQARetrieval task (general domain, BEIR layout).

All passages and queries below were written for this benchmark. Every person, brand, town and product named in
them is fictional. The material is organised in topic clusters: each cluster holds several passages on one
everyday subject (so the other passages of the cluster are same-topic distractors with overlapping vocabulary)
and two or three search-box questions, each marked with the 1-based indices of the passages that answer it.

DATA format: '# topic' starts a cluster; 'P title | text' is a passage (the title may be empty);
'Q i,j | text' is a query whose relevant passages are the i-th and j-th passages of its cluster (qrels score 1).
Passages and queries are shuffled with a fixed seed and numbered gd0001.. / gq001.. in that order.

Run from the repository root:  python3 tasks/tools/general_qa_retrieval.py
"""
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import task_dir, write_beir

SEED = 20240611
OUT = task_dir("general", "GeneralQARetrieval")

DATA = r"""
# cast iron
P Cookware guide | Seasoning is a layer of polymerized oil baked onto bare iron. To build it, wipe a very thin coat of a high-smoke-point oil over the whole pan, buff off the excess until the surface looks almost dry, and bake it upside down at about 230°C for an hour. Three or four rounds give a durable, slick finish.
P Cast iron care | Car-boot sales are full of heavy old frying pans going cheap because they look ruined. Surface rust is rarely fatal to cast iron: scour the orange patches with steel wool, or soak the pan in equal parts white vinegar and water for no more than an hour, since the acid attacks bare metal. Rinse, dry it over a burner straight away, then season it again from scratch.
P  | A small drop of dish soap will not strip a well-bonded seasoning, despite the old kitchen rule. What does harm it is leaving the pan to soak overnight or running it through the dishwasher. Scrub with hot water and a stiff brush, dry it on the stove and rub in a few drops of oil while it is still warm.
P Cast iron care | Tomato sauce, wine braises and citrus marinades can go into a seasoned skillet for a short time, but long simmers pull iron into the food, leaving a metallic taste and dulling the finish. For a sauce that needs hours on the stove, enameled cast iron or stainless steel is the safer choice.
P Kitchen Q&A | Because it is ferromagnetic, cast iron works on induction hobs. On glass-ceramic tops the worry is scratching: lift the pan instead of sliding it, and bring it up to heat gradually, since a rough base and sudden heat can mark the glass.
P Kitchen Q&A | Iron is a fairly poor conductor of heat, so the patch directly over the burner gets far hotter than the edges of the pan. Give a skillet five to ten minutes on medium, or warm it in the oven, so the whole surface reaches a steady temperature before any food goes in.
P Kitchen Q&A | A new carbon steel wok ships with a protective factory coating that has to be scrubbed off with hot soapy water before it is first heated. From then on, most cooks just rinse it under the hot tap with a bamboo brush and dry it over the flame, and it slowly turns dark and slick like an old iron pan.
P Cookware guide | Small black flakes coming off a skillet are bits of carbonized oil or seasoning that never bonded properly. They are not rust and not harmful. They usually come from oil applied too thickly, so scrub the loose areas and season again with thinner coats.
P Cast iron care | A tacky, gummy feel on a skillet means too much oil went on during seasoning and never fully hardened. Bake the pan again at a higher temperature for an hour, and next time wipe the oil back off until the surface looks dry.
P Enamelled cookware | Chips or orange-brown patches on the inside of an enamelled cast iron casserole mean the glassy coating has cracked and bare iron is showing. A chipped cooking surface should be retired, because loose flakes of enamel can end up in the food.
P Cast iron care | A skillet that smokes heavily the moment it gets warm is usually burning off old oil residue or a seasoning layer that went on too thick. Wipe out excess oil, turn on the extractor fan and let the smoke clear before adding food.
P Flea market find | I paid three pounds for a rust-covered skillet at the Ostbury flea market. An hour in a vinegar-and-water bath, a scrub with steel wool, then four thin coats of oil baked on, and it now fries eggs better than my non-stick pan.
P Ferrowick skillet follow-up | On our gas hob the Ferrowick's centre ran far hotter than its rim at first, scorching pancakes in the middle while the edges stayed pale. Preheating it on medium for eight minutes evened the surface out.
Q 3 | can i wash my cast iron with washing up liquid or does that ruin it
Q 2,12 | old frying pan has orange spots all over, can it be saved
Q 6,13 | why does my skillet burn food in the middle but not the sides

# sourdough
P Baker's notebook | A sourdough starter is a culture of wild yeast and lactic acid bacteria living in flour and water. Kept at room temperature it needs feeding once or twice a day: discard most of it, then stir in fresh flour and water in equal weights. Stored in the fridge, a weekly feeding is usually enough.
P Sourdough basics | A tight, gummy crumb usually means the dough was underproofed. If the starter was sluggish or the kitchen was cool, bulk fermentation needs longer; look for a dough that has grown by about half, feels airy and jiggles when the bowl is shaken, rather than going by the clock.
P Baker's notebook | A grey or brown liquid pooling on top of a starter is called hooch. It is alcohol produced by hungry yeast and is a sign the culture needs feeding, not that it has spoiled. Pour it off for a milder bread or stir it back in for a tangier one.
P Baker's notebook | Scoring is the shallow cut made across a loaf just before baking. It gives the expanding dough a controlled place to burst open; without it the crust tends to tear at random along the sides. A razor blade held at a low angle produces the raised flap bakers call an ear.
P Sourdough basics | The tang comes from lactic and acetic acid made by bacteria in the culture. A stiffer starter and a long, cold proof in the refrigerator favour acetic acid, which gives a sharper flavour; a wet starter kept warm produces a milder, more yogurt-like taste.
P Baker's notebook | Fuzzy spots, pink or orange streaks, or a smell of rot mean a starter has been contaminated and should be thrown away. A sharp smell of nail-polish remover, on the other hand, is just a hungry culture and goes away after two or three feedings.
P  | Baking a loaf inside a preheated lidded pot traps the steam released by the dough, keeping the crust soft long enough for the bread to rise fully. Remove the lid after about 20 minutes so the crust can dry out and brown.
P Bread baking guide | Bread keeps cooking after it leaves the oven as steam moves out of the crumb. Slice a loaf while it is still hot and the inside turns gummy and pasty; give a sourdough loaf at least an hour on a rack before cutting.
P Sourdough basics | A loaf that spreads sideways instead of rising up usually lacked surface tension when it was shaped, or the dough held more water than the flour could support. Try a slightly lower hydration and a tighter final shape.
Q 2,8 | my homemade bread always comes out heavy and gummy inside
Q 3,6 | there is dark liquid on top of my sourdough starter, is it ruined
Q 5 | how to make sourdough more sour

# boiled eggs
P  | Place eggs in a pot, cover with cold water by an inch, and bring to a boil. Turn off the heat, cover, and let them stand 10 to 12 minutes for firm yolks. Move them to a bowl of ice water so they stop cooking.
P Eggs | Very fresh eggs are notoriously hard to peel because the membrane clings to the white. Eggs a week or two old peel more cleanly, and lowering them straight into boiling water instead of starting them cold also helps the shell come away.
P Eggs | A grey-green ring around a boiled yolk is iron sulfide, formed when sulfur from the white reacts with iron in the yolk. It is harmless, but it signals overcooking; shorter cooking and a quick chill prevent it.
P Eggs | For a runny yolk with a just-set white, lower cold eggs into boiling water and cook for six minutes, then cool them under the tap for a minute. Seven minutes gives a jammy centre.
P Eggs | An egg that sinks and lies flat in a glass of water is fresh. As an egg ages, moisture escapes through the shell and the air cell grows, so an older egg stands on end and a very old one floats.
P Eggsact timer review | The Eggsact is a plastic egg that sits in the pan and changes colour as the water heats. In our tests its "hard" line was reached about a minute later than needed, giving slightly chalky yolks, but it was reliable for soft eggs and costs less than a coffee.
P Cooking basics | A small red spot on a yolk is a blood vessel that ruptured while the egg was forming. It is harmless and can be lifted out with the tip of a knife if it bothers you.
P Eggs | Yolk colour depends on what the hen eats. Feed rich in maize, marigold petals or grass gives deep orange yolks, while wheat-based feed gives pale yellow ones; the colour says little about nutrition.
P Kitchen Q&A | Where eggs are washed before sale, the protective cuticle is removed and they must be kept refrigerated. Unwashed eggs, sold in many European countries, keep at room temperature for a couple of weeks.
P Kitchen Q&A | For peeling a big batch, tap each boiled egg on the counter and roll it under your palm to craze the shell all over, then peel under cold running water, starting from the wide end where the air pocket sits.
P Eggs | A yolk that sits right against one side of a boiled egg is common in older eggs, whose whites have thinned. For deviled eggs, store the carton on its side overnight before cooking so the yolks settle in the middle.
P Cooking basics | A dented, flat end on a peeled boiled egg is the air cell. It is bigger in older eggs, which is why they show a deeper dimple at the broad end.
P Hollin Farm shop | Customers sometimes test our eggs in a bowl of water at the counter. Fresh ones lie flat on the bottom; an older egg tips up and stands on its end because its air pocket has grown, and one that actually floats should go in the bin.
P Eggsact timer follow-up | Following its "hard" line left our yolks chalky and ringed with grey-green, a sign they had been overcooked; taking the eggs out two minutes earlier and chilling them in iced water gave bright yellow centres.
Q 3,14 | why is my hard boiled egg yolk grey
Q 2,10 | tips so shells come off boiled eggs without tearing the white
Q 5,13 | egg stands upright in a bowl of water, is it bad

# rice
P Kitchen Q&A | Rinsing white rice in several changes of cold water washes away loose surface starch. Without that starch the cooked grains stay separate instead of clumping, which is why rinsing matters for pilafs and fried rice but is skipped for risotto.
P Kitchen Q&A | For long-grain white rice, use about 1.5 cups of water per cup of rice. Bring it to a boil, cover tightly, turn the heat to the lowest setting and cook 15 minutes, then let it rest off the heat, lid on, for 10 minutes before fluffing.
P Grains guide | Brown rice keeps its bran layer, so it needs more water and time than white: roughly two cups of water per cup and 40 to 45 minutes of simmering. The bran also holds oils that turn rancid, so store it in the fridge if you will not use it within a few months.
P  | Uncooked rice can carry spores of Bacillus cereus that survive cooking. If cooked rice sits warm for hours, the spores germinate and produce toxins that reheating does not destroy. Cool leftovers within an hour and refrigerate them; eat within a day.
P Grains guide | Day-old refrigerated rice makes better fried rice than fresh because the grains have dried out and firmed up. Fresh, steamy rice turns mushy in the wok.
P Kanzo rice cooker review | The Kanzo RC-5 has a fuzzy-logic controller and separate programs for sushi, brown and porridge. White rice took 38 minutes, longer than the stovetop, but the results were even from edge to centre and the keep-warm mode held it well for three hours.
P Grains guide | Glutinous rice is not cooked in water like other varieties. It is soaked for several hours and then steamed over boiling water, which lets the grains soften and turn sticky without breaking.
P Kitchen Q&A | If the bottom of the pot scorches, do not scrape it. Take the pot off the heat, lay a slice of bread on top of the rice and replace the lid for five minutes; the bread absorbs some of the burnt smell.
P  | Soaking basmati rice for 20 to 30 minutes before cooking lets the grains absorb some water, so they cook more evenly and stretch to their full length. Reduce the cooking water slightly after a soak.
P Cooking rice | Reheat cooked rice only once, and make sure it is steaming hot all the way through. A splash of water and a lid in the microwave stop it drying out.
P Grains guide | A rice cooker measures water by the lines printed inside its bowl, calibrated for the small cup that came with it. Using an ordinary measuring cup with those lines gives rice that is too wet or too dry.
P Cooking rice | Cooking rice in a large excess of water and draining it, the way pasta is cooked, removes a good share of the inorganic arsenic that rice takes up from paddy soil.
P Kitchen Q&A | Uncooked white rice keeps almost indefinitely in an airtight container in a cool cupboard. Small brown beetles or webbing in the bag mean weevils or moths have got in, and the rice should be thrown out.
P Caverly Echo | Two students were treated in hospital after eating fried rice that had been left on a kitchen counter overnight. Environmental health officer Sunil Greaves explained that bacteria in rice kept warm for hours produce toxins that reheating does not destroy.
P Kanzo rice cooker follow-up | We rinsed a second batch in a sieve until the water ran clear before cooking, and the difference was obvious: with the loose starch washed off, the grains came out separate instead of clumped together.
Q 4,14 | is it dangerous to eat rice left out overnight
Q 1,15 | point of rinsing rice in a sieve until the water runs clear
Q 2 | how much water for white rice on the stove

# knives
P Cookware guide | A honing steel does not really sharpen. It pushes a rolled, wavy edge back into line, which restores cutting performance between sharpenings. Actual sharpening removes metal to form a new edge and is needed only every few months for a home cook.
P Knife care | Glass, marble and slate cutting boards dull knives quickly because the edge meets a surface harder than steel. Wood and soft plastic give slightly under the blade and keep an edge far longer.
P  | Knives should be washed by hand. In a dishwasher they knock against other items, the heat can loosen wooden handles, and harsh detergents can pit the blade.
P Kitchen knives | Carbon steel takes a keener edge and is easier to sharpen, but it rusts and develops a grey patina with acidic foods. Stainless steel resists corrosion at the cost of slightly lower edge retention in cheaper grades.
P Tollander chef's knife review | The Tollander 21 cm chef's knife ships with a 15-degree edge that sliced paper cleanly out of the box. The handle is comfortable for a pinch grip, though cooks with large hands found the bolster crowded their fingers. After a month of daily use it still shaved tomatoes without pressure.
P  | A sharp knife slides through a tomato's skin under its own weight. If you need to press down or saw back and forth, the edge has gone dull.
P Cookware guide | Pull-through sharpeners with carbide slots are quick, but they remove a lot of steel and leave a coarse edge. They are fine for inexpensive knives and poor for thin Japanese blades.
P Knife care | Plastic boards can go in the dishwasher, which makes them easy to sanitize after raw meat. Wooden boards should be washed by hand, dried on edge and rubbed with food-grade mineral oil every month or so to keep them from cracking.
P  | A dull blade is more dangerous than a sharp one. It needs more force, skids off the skin of an onion or pepper instead of biting in, and is more likely to slip toward your fingers.
P Knife care | A leather strop polishes an edge after sharpening by drawing the blade backwards along the leather, spine first. Barbers use one to keep straight razors keen between honings on a stone.
P Cookware guide | Knives rattling loose in a drawer chip and dull against each other. A wooden block, a magnetic wall strip or blade guards keep the edges from touching anything hard.
P Kitchen shop owner interview | Bram Oakes has run the cookware shop on Caverly's Market Row for 30 years and sharpens customers' knives on Saturdays. His pet hate is glass chopping boards: "People ruin a good edge in a week on those. Wood or soft plastic gives under the blade, so the knife stays sharp."
Q 1 | difference between a knife steel and a knife sharpener
Q 2,12 | best cutting board material to keep knives sharp
Q 6 | quick way to check if a kitchen knife is dull

# coffee
P  | Grind size should match the brewing time. Espresso, which extracts in about 25 seconds, needs a fine powder; a French press steeping for four minutes needs a coarse grind. Too fine for the method gives bitter coffee, too coarse gives a weak, sour cup.
P Coffee FAQ | Water between 90 and 96°C extracts coffee well. Boiling water straight off the kettle can scorch the grounds and pull out harsh flavours, so let it sit for about 30 seconds first.
P Coffee FAQ | A common starting ratio is 1 gram of coffee to 16 grams of water, roughly two level tablespoons per 180 ml cup. Adjust from there: more coffee for a stronger cup, not a longer brew.
P Coffee FAQ | Cold brew is made by steeping coarse grounds in cold water for 12 to 18 hours and straining. It tastes smoother and less acidic than iced hot coffee because many bitter compounds dissolve poorly at low temperatures.
P Brewing guide | Hard water leaves mineral scale inside coffee makers, slowing the flow and lowering brewing temperature. Run a cycle with a citric acid solution every one to three months, then two cycles of plain water.
P Coffee FAQ | Dark roasts taste stronger but do not contain more caffeine. Measured by weight they have about the same, or slightly less, because roasting burns off a little caffeine; measured by scoop, light roast beans are denser and give marginally more.
P Coffee FAQ | The muddy layer at the bottom of a French press cup comes from very fine particles that slip past the metal mesh. Let the pot stand a minute after pressing, pour gently and leave the last centimetre behind.
P Brewing guide | Decaffeinated coffee is not caffeine free. A cup usually still holds 2 to 15 milligrams, against roughly 80 to 120 in regular brewed coffee.
P  | A single espresso shot holds about 60 milligrams of caffeine, less than a mug of filter coffee, even though it is far more concentrated per millilitre.
P Brewing guide | Coffee from a French press that tastes harsh and bitter has usually steeped for too long or been ground too fine. Stick to about four minutes and pour it all out of the pot straight after pressing, because it keeps extracting as long as it sits on the grounds.
P Coffee FAQ | Dark roasts taste smoky and bittersweet with little acidity, while light roasts keep more of the fruity, floral flavours of the bean and taste brighter and sharper.
P Coffee FAQ | A drip machine that overflows the filter basket usually has coffee ground too fine, or two paper filters stuck together, so water cannot drain through as fast as it arrives.
P Coffee FAQ | A tablespoon of ground coffee weighs about 5 grams, but that varies with the grind. Weighing beans on a kitchen scale is far more consistent than using a scoop.
P Café column | Customers often ask for our dark roast "for the extra kick". Roaster Lena Brody explains that, bean for bean, the dark roast carries about the same caffeine as the light one, and slightly less by weight, because roasting burns a little off.
Q 1,3 | why does my french press coffee taste sour and weak
Q 6,14 | does dark roast have more caffeine than light roast
Q 5 | coffee maker is brewing really slowly

# leftovers and freezing
P  | Cooked food should not sit at room temperature for more than two hours, or one hour on a hot day above 32°C. Between 5 and 60°C bacteria multiply quickly.
P Food safety | A large pot of soup or chili cools too slowly in one mass. Divide it into shallow containers so it drops below 5°C quickly, and it is fine to put still-warm food in the fridge.
P Storing food | Freezer burn is dehydration on the surface of frozen food where air reaches it, leaving greyish-brown leathery patches. It is safe to eat but dry and tasteless; trim the patches off and wrap food tightly to prevent it.
P Food safety | Most cooked leftovers keep three to four days in the refrigerator. Freezing stops the clock on safety but not on quality; soups and stews taste good for two to three months frozen.
P Kitchen Q&A | Thaw frozen food in the fridge, in cold water changed every 30 minutes, or in the microwave if you will cook it right away. Never thaw meat on the counter, where the outside warms to unsafe temperatures while the centre is still frozen.
P Storing food | Food thawed in the refrigerator may be refrozen without cooking, though it loses some texture. Food thawed in the microwave or cold water should be cooked before refreezing.
P Keeplock containers review | The Keeplock glass set survived oven, freezer and dishwasher in our tests, and the snap lids did not leak when filled with soup and turned upside down. The lids cracked after about six months of dishwasher cycles, though replacements are sold separately.
P Storing food | Marinate meat in the refrigerator, never on the counter. If you want to use some marinade as a sauce, set it aside before the raw meat goes in, or boil it first.
P Food safety | Large ice crystals inside a package form when food freezes slowly or when the freezer temperature swings. They damage cell walls, so the thawed food weeps liquid and turns mushy.
P Storing food | A refrigerator should run between 3 and 5°C. Packing the shelves too full blocks the cold air circulating from the vents, leaving warm spots, so keep some space around items.
P Food safety | Raw minced beef that is bright red on the outside but greyish-brown in the middle of the pack is not spoiled. The inside simply has not been exposed to oxygen, which is what turns the pigment red.
P Caverly community kitchen | Volunteers at the Caverly community kitchen cook chilli for 200 on Fridays. Food safety officer Sunil Greaves showed them how to split it into shallow tubs so it cools quickly, and reassured them that the tubs can go into the fridge while still warm.
P Keeplock freezer bags review | The cheaper zip bags in our test let air creep in, and chicken breasts stored for three months came out with dry, grey-white leathery patches of freezer burn. They were safe to eat once the patches were trimmed, but tough and tasteless.
Q 1 | how long can cooked chicken sit out before it goes bad
Q 2,12 | can you put hot food directly in the fridge
Q 3,13 | chicken from the back of the freezer has leathery greyish spots, still ok to cook?

# baking substitutions
P Pantry swaps | No buttermilk? Stir one tablespoon of lemon juice or white vinegar into a cup of milk and let it stand five minutes until it thickens slightly. Plain yogurt thinned with a little milk also works.
P Baking substitutions | In cakes and muffins, each egg can be replaced by a "flax egg": one tablespoon of ground flaxseed mixed with three tablespoons of water and left to gel. It binds well but will not give the lift that whipped eggs provide.
P  | Baking soda is pure sodium bicarbonate and needs an acid in the recipe, such as buttermilk, yogurt or brown sugar, to produce gas. Baking powder already contains an acid. To replace one teaspoon of powder, use a quarter teaspoon of soda plus half a teaspoon of cream of tartar.
P Baking FAQ | Leavening agents lose strength once the tub has been opened and damp air gets in, often within six months. A quick check: drop half a teaspoon of baking powder into hot water, and it should fizz vigorously. For bicarbonate of soda, add a splash of vinegar instead.
P Baking FAQ | For a homemade cake flour, remove two tablespoons from a cup of plain flour, replace them with cornflour and sift together twice.
P Baking FAQ | To check that dried yeast is alive, stir it into warm water with a pinch of sugar. After ten minutes it should be foamy and smell bready; if the surface stays flat, the yeast is dead.
P Baker's mailbag | "My scones came out flat as biscuits." The culprit was a tub of baking powder that had sat open for two years. Drop half a teaspoon into hot water before you bake: if it barely fizzes, buy a new tub.
P Weekend pancakes | I never buy buttermilk for these pancakes. Stir a tablespoon of lemon juice into a cup of ordinary milk, leave it five minutes until it curdles slightly, and it does exactly the same job.
P Lemon drizzle notes | Halfway through this cake I found the baking powder tub empty. A quarter teaspoon of bicarbonate of soda plus half a teaspoon of cream of tartar stood in for each teaspoon of powder, and nobody could tell the difference.
Q 1,8 | recipe calls for buttermilk and I don't have any
Q 4,7 | how do i know if my baking powder is too old
Q 3,9 | can i use baking soda if i'm out of baking powder

# stock
P Cooking basics | Stock is made mainly from bones simmered for hours, which releases gelatin and gives body. Broth is made mostly from meat and is lighter, seasoned to be eaten on its own.
P  | Stock turns cloudy when it boils hard, because fat and proteins are churned into tiny droplets that stay suspended. Keep it at a bare simmer and skim the foam that rises in the first half hour.
P  | Roasting bones and vegetables at 220°C until deep brown before simmering gives a darker, richer brown stock, thanks to Maillard browning.
P Cooking basics | A stock that sets into jelly in the fridge has plenty of gelatin, which is a good sign. Chicken feet, wings and pork trotters are especially rich in collagen.
P  | Onion, carrot, celery and mushroom trimmings make a good vegetable stock in 45 minutes; longer simmering turns it bitter. Avoid cabbage and broccoli, whose sulfur compounds dominate.
P Stocks and soups | Leave stock unsalted. It is often reduced later for sauces, and salt added at the start would become overpowering.
P Cooking basics | A pressure cooker extracts a rich chicken stock in about an hour rather than four, and because the liquid never bubbles it comes out fairly clear.
P Kitchen Q&A | Freeze stock in ice-cube trays or flat bags for small portions. It keeps well for about six months.
P Kitchen Q&A | A stock that tastes thin and watery needs more bones per litre of water or simply more time. Simmering it uncovered to reduce it by a third also concentrates the flavour.
Q 2 | my soup broth came out murky instead of clear
Q 4 | homemade broth turned into jelly in the fridge, normal?

# steak
P Meat FAQ | Resting a steak for five to ten minutes after cooking lets the juices, which are pushed toward the centre by the heat, redistribute. A steak cut immediately loses more juice onto the board.
P Cooking steak | Measured at the thickest part, a steak is rare at 50°C, medium-rare at 55°C, medium at 60°C and well done above 70°C. Pull it off the heat a few degrees early because it keeps cooking while it rests.
P Meat FAQ | For thick cuts, the reverse sear cooks the steak gently in a low oven until it is about 10°C below the target, then finishes it in a very hot pan for a crust. The result is evenly pink from edge to edge.
P  | Salt a steak at least 40 minutes before cooking, or right before it hits the pan. Salting 10 to 30 minutes ahead leaves a wet surface because the salt has drawn out juices that have not yet been reabsorbed, and the steak browns poorly.
P Grilling guide | Ribeye is marbled and forgiving; strip is firmer with a beefy flavour; tenderloin is the most tender but mild. Flank and skirt are cheap and flavourful but must be sliced thinly against the grain.
P  | Leaving a steak on the counter for an hour before cooking barely warms its centre, so it makes little difference to how evenly it cooks. Patting the surface dry matters more for a good crust.
P Meat FAQ | Burgers should be cooked to 71°C in the centre, even though a steak can be served rare. Mincing spreads bacteria from the surface of the meat all the way through the patty.
P Meat FAQ | Dry brining a whole chicken or turkey means salting it all over and leaving it uncovered in the fridge for a day or two. The skin dries out and crisps in the oven, and the meat is seasoned deep inside.
P Probemaster 2 thermometer review | The Probemaster 2 read within half a degree of our reference thermometer and gave a result in three seconds. For a pink, medium-rare steak we pulled the meat at about 52°C and let carryover cooking take it to 55°C while it rested.
P Brindle & Co. kitchen visit | At Brindle & Co., each sirloin leaves the grill and sits on a warm rack for eight minutes before it is sliced. Head chef Marta Quint says cutting straight away sends the juices pooling onto the board instead of staying in the meat.
Q 1,10 | why do you let steak sit after cooking
Q 4 | how long before cooking should i season a ribeye
Q 2,9 | what should the thermometer read for a pink steak

# tomatoes
P Vegetable garden problems | Dark, sunken, leathery patches on the underside of tomato fruits are blossom end rot. It is a calcium problem, but the cause is rarely a lack of calcium in the soil; uneven watering stops the plant moving enough of it into the developing fruit. Deep, regular watering and a thick mulch usually mean later fruit is clean.
P Growing tomatoes | Cracks that ring the stem end of a tomato, or run down its sides, appear when a heavy rain or a big watering follows a dry spell. The fruit swells faster than the skin can stretch. Cracked fruit is edible but should be picked and used quickly before it rots.
P  | Brown spots with concentric rings like a target, starting on the oldest leaves near the ground, are early blight. The fungus splashes up from the soil in rain. Strip affected leaves, mulch the soil surface and water at the base rather than over the foliage.
P Growing tomatoes | When nights stay above about 24°C, or days climb past 32°C, tomato pollen becomes sterile and the flowers wither and drop without setting fruit. Plants start setting again once the heat wave breaks, so there is little to do but keep them watered.
P Growing tomatoes | Tall, vining tomatoes grow side shoots in the angle between each leaf and the main stem. Pinching these out while they are small gives fewer but larger fruit and lets air move through the plant. Bush varieties are left unpruned.
P Vegetable garden problems | At the end of the season, pick full-sized green fruit that has a pale, glossy sheen and bring it indoors. Kept in a paper bag with a ripe banana, which gives off ethylene gas, most will colour up within two weeks.
P  | Unlike most vegetables, tomatoes can be planted deeper than they sat in their pot, with up to two-thirds of the stem buried. The buried stem sends out roots along its length and the plant ends up sturdier.
P Growing tomatoes | Leaves that roll upward into tubes on an otherwise healthy, fruiting plant are usually a harmless reaction to heat, wind or heavy pruning. Twisted, narrow, fern-like new growth is a different matter and can point to weedkiller drifting from a neighbouring lawn.
P Vegetable garden problems | In a wet, mild summer, late blight can wipe out tomatoes in days. Leaves develop brown-black patches, stems blacken, and the fruit gets greasy brown blotches that spread until it rots on the plant.
P Growing tomatoes | The lowest leaves of a tomato plant often turn yellow late in the season simply because they are old and shaded by growth above. If yellowing creeps up the whole plant, it may be short of nitrogen.
P Thornfield allotment newsletter | After the hosepipe ban was lifted, several plots lost their first trusses to leathery black patches at the base of the fruit. Chair Maud Elkin reminded members that this blossom end rot is nearly always down to irregular watering rather than poor soil, and urged a good soak twice a week instead of a sprinkle every evening.
P Thornfield allotment newsletter | Several members reported tomato leaves rolling inward into tight tubes during the July heatwave. Plant doctor Owen Price reassured them that this leaf roll is a harmless reaction to heat and does not affect the crop, as long as the new shoots at the top look normal.
Q 1,11 | bottoms of my tomatoes going black and mushy
Q 4 | tomato plant covered in flowers but no fruit forming, why
Q 8,12 | tomato leaves curling up

# composting
P Composting at home | A heap breaks down fastest with roughly three parts dry "browns" such as autumn leaves, straw and shredded cardboard to one part wet "greens" such as vegetable peelings and grass clippings. Browns supply carbon; greens supply nitrogen.
P Composting at home | Grass clippings are the usual culprit in midsummer. Dumped in thick layers, they mat down into a wet, airless mass, and the microbes that take over produce a sewage or ammonia stench and a slimy texture. Fork the heap over and mix in plenty of shredded cardboard, paper or dry leaves to let air back in.
P Garden Q&A | A heap that never warms up is usually short of nitrogen or moisture, or simply too small; it needs to be about a cubic metre to hold its own heat. Add a barrow of fresh grass clippings and water until it is as damp as a wrung-out sponge.
P Composting at home | Leave meat, fish, bones, dairy and greasy leftovers out of an open garden bin: they smell as they rot and draw rats. Droppings from dogs and cats can carry parasites and should not go on beds used for food.
P  | Tiny flies hovering over a kitchen compost caddy are fruit flies breeding in the scraps. Empty the caddy every two or three days, keep a lid on it and lay a sheet of newspaper over each fresh addition.
P Composting at home | Compost is finished when it is dark and crumbly, smells like a forest floor, and you can no longer pick out the eggshells or leaves that went in. A hot, regularly turned heap gets there in about three months; a cold heap left alone can take a year or more.
P Composting at home | Autumn leaves on their own make leaf mould rather than compost. Stuffed into bin bags with a few holes and left alone, they take about two years to become a crumbly soil conditioner.
P Harrowden council leaflet | Your new food-waste caddy takes cooked and raw meat, fish and bones, which are best kept out of home compost bins because they smell and attract rats. Everything in the caddy is processed at high temperature at Melcote Farm.
P Allotment diary | I finally sieved my first heap after fourteen months. It had turned dark and crumbly and smelled like woodland, with no sign of the peelings I had thrown in, so it went straight onto the bean trench.
Q 2 | my compost heap is wet and smells disgusting
Q 6,9 | when can i start using my compost on the garden
Q 4,8 | can chicken carcass go in the compost bin

# houseplants
P Houseplant care | Yellowing lower leaves, soft or blackened stems and compost that stays soggy for days point to overwatering, the most common way houseplants die. The roots sit in waterlogged soil, run short of oxygen and rot. Let the top few centimetres dry before watering again.
P Houseplant care | Crisp brown leaf edges, drooping that recovers within a few hours of a drink, and compost that shrinks away from the sides of the pot all point to a plant that is too dry.
P Plant doctor | Brown tips on spider plants, dracaenas and peace lilies are often caused by fluoride and dissolved salts in tap water, or by very dry indoor air. Water with rainwater or filtered water and flush the pot through every few months.
P Plant doctor | Small black flies that rise from the compost when you water are fungus gnats. Their larvae live in constantly damp potting mix. Let the surface dry out between waterings and hang yellow sticky cards to catch the adults.
P Houseplant care | Roots circling the bottom of the pot or poking out of the drainage holes mean a plant needs a bigger home. Repot in spring, and go up only one pot size, two to five centimetres wider, so the extra compost does not stay wet.
P  | Snake plants, ZZ plants and pothos cope with rooms facing away from the sun and corners a few metres from a window. No plant survives in true darkness, though, so a windowless room needs a grow light.
P Plant doctor | Long bare stems with leaves spaced far apart mean a plant is stretching toward a light source. Move it somewhere brighter and cut the straggly stems back; new growth will be bushier.
P Greenvane self-watering pot review | The Greenvane pot has a reservoir in its base and a wicking cord that draws water up into the compost. Our peace lily went three weeks without attention. The water-level float stuck twice, though, and the reservoir is hard to clean.
P Plant doctor | Clouds of tiny white insects that fly up when you brush a plant's leaves are whitefly. Adults and their scale-like young cluster on the undersides of leaves and leave sticky honeydew behind.
P Houseplant care | Cacti and most succulents need the brightest spot in the house, ideally a sunny windowsill. In dim rooms they grow pale, lean toward the glass and rot if watered as often as leafy plants.
P Plant doctor | Pothos leaves turning yellow one at a time, starting with the oldest, is normal ageing. Many yellow leaves at once, along with soggy compost, usually means the plant is being watered too often.
P Plant forum | Tiny black flies kept rising from my fiddle-leaf fig every time I watered it. I let the top few centimetres of soil dry out between waterings and stuck yellow sticky cards in the pot, and within three weeks they were gone.
Q 4,12 | tiny bugs flying out of the soil of my indoor plants
Q 6 | houseplant that can live in a dim corner away from the window
Q 7 | why is my pothos getting long and stringy with hardly any leaves

# lawn
P Lawn care | Never remove more than a third of the grass blade in a single mow. Cutting lower than that stresses the grass, exposes soil to weed seeds and lets the lawn brown in dry weather.
P Lawn care | Water a lawn deeply once or twice a week rather than a little every day, aiming for about 2.5 cm in total. Early morning is best, because less evaporates and the blades dry before nightfall.
P Garden Q&A | Female dogs, and young males that squat, tend to leave the worst marks because they empty the bladder in one spot. The concentrated nitrogen burns the middle to dead straw, while the diluted edge acts like fertiliser and leaves a lush dark green ring. Pouring a can of water over the spot soon afterwards limits the damage.
P Lawn care | Thin or bare lawns are best overseeded in early autumn, while the soil is still warm from summer but the air has cooled. Seed germinates quickly and young grass faces far fewer weeds than it would in spring.
P Garden Q&A | If crows, magpies or badgers are tearing up patches of turf, they are usually hunting grubs. Chafer and leatherjacket larvae eat grass roots, and a damaged patch can often be lifted like a loose rug to reveal the curled white larvae beneath.
P Lawn care | Core aeration pulls small plugs of soil out of the lawn, letting air, water and fertiliser reach the roots in compacted ground. Autumn is the usual time, on soil that is moist but not saturated.
P Lawn care | Large areas of lawn turning straw-coloured in a dry summer are usually dormant rather than dead. Grass shuts down to survive drought and greens up again within a couple of weeks of steady rain.
P Lawn care | Turf can be laid almost any time the ground is not frozen or baked hard, but it needs daily watering for the first two weeks if it goes down in warm weather.
P Garden Q&A | Volcano-shaped heaps of fine soil appearing overnight on a lawn are made by moles, which push up the earth as they dig their tunnels. They eat earthworms rather than grass roots.
P Garden forum | Since we got our spaniel pup the back lawn has looked like a leopard, with yellow circles edged in bright green. The vet explained it is the nitrogen in her urine scorching the grass. We now tip a watering can over the spot straight after, and we're training her to use a bark-chip corner.
P Ellery Vale Courier | The cricket outfield at Ellery Vale has been left pockmarked by crows tearing up the turf. Groundsman Colin Ashby says the birds are after chafer grubs feeding on the grass roots beneath, and the club is trying a biological treatment of nematodes to kill the larvae.
Q 3,10 | dead spots in the grass where my puppy goes to the toilet
Q 4 | best time of year to reseed bare patches in the yard
Q 5,11 | why are birds ripping up my lawn

# pruning
P Pruning guide | Gardeners who tidy every shrub hard in spring get caught out by mophead and lacecap hydrangeas. These flower on stems that grew the previous year, so cutting them down removes that summer's flower buds. Trim them lightly instead, just below the faded heads. Panicle and smooth hydrangeas flower on new growth and can be cut back hard in late winter.
P Garden Q&A | Snipping off spent flowers, known as deadheading, stops a plant putting its energy into seed and encourages it to keep blooming. It works well for roses, dahlias, cosmos and most bedding plants.
P Pruning guide | Lilacs form next year's flower buds within weeks of this year's flowers fading. Any trimming should happen straight after flowering; prune in autumn or winter and you cut off the next spring's blooms.
P  | Apples and pears are pruned in winter while dormant. Cherries, plums and other stone fruit are pruned in summer instead, because the wounds heal quickly in warm weather and are less likely to be infected by silver leaf disease.
P Pruning guide | An overgrown shrub can be renovated over three years by removing a third of the oldest, thickest stems at ground level each winter. The plant keeps flowering while new stems replace the old.
P Garden Q&A | Lavender is short-lived compared with most shrubs, and neglect shortens its life further. Clip it every year just after flowering, taking off the flower stalks and an inch of leafy growth. It rarely sprouts from old bare wood at the base, so cutting a leggy, woody plant hard back usually kills it, and it is best replaced.
P Garden Q&A | The colour of bigleaf hydrangea flowers depends on the soil. In acid soil the plant takes up aluminium and the heads turn blue; in chalky or alkaline soil they stay pink.
P Pruning guide | A lilac that grows plenty of leaves but few flowers is often in too much shade, or has been fed with a high-nitrogen lawn fertiliser that encourages foliage at the expense of blooms.
P Garden diary | I made the classic mistake of tidying our lilac in October, and the following May there wasn't a single flower on it. Lilacs set their buds for next year soon after blooming, so now I prune it in the week the flowers fade and leave it alone for the rest of the year.
P Garden forum | I cut our mophead right down in March to tidy it, and all we got was leaves. Someone at the garden centre explained that this type flowers on last year's stems, so I had removed every bud.
P Garden forum | Our eight-year-old lavender hedge had gone leggy and bare at the base, so in spring I cut it right back into the old wood. Half the plants never sprouted again and the rest stayed lopsided. Lesson learned: trim lightly every year after flowering, and replace old woody plants.
Q 1,10 | I cut back my hydrangea and it didn't bloom at all this year
Q 3,9 | when should you trim a lilac bush
Q 6,11 | lavender has gone woody and straggly, can I cut it right down

# soil and raised beds
P Soil basics | Most vegetables grow best at a pH between 6 and 7. A cheap test kit will show where your soil sits; garden lime raises the pH of acidic ground and sulfur lowers it, but both work slowly over months.
P Soil basics | Heavy clay drains slowly, sticks to boots in winter and cracks in summer. The fix is organic matter: dig in compost or well-rotted manure every year. Adding sand alone can leave clay set like concrete.
P Raised bed FAQ | Fill a raised bed with roughly two parts screened topsoil to one part compost. Bagged potting mix on its own is expensive and shrinks as it decomposes, leaving the bed half empty after a season or two.
P Raised bed FAQ | Modern pressure-treated timber is preserved with copper compounds rather than the arsenic used decades ago, and studies find little of the copper moves into vegetables. Gardeners who want extra reassurance line the inside walls with heavy plastic sheeting.
P  | A mulch of compost, wood chips or straw five to seven centimetres deep smothers weed seedlings, keeps moisture in the soil and evens out soil temperature.
P Soil basics | Growing the same vegetable family in the same bed year after year builds up pests and soil-borne diseases such as clubroot. Moving each family to a new bed on a three- or four-year cycle avoids this.
P Raised bed FAQ | No-dig beds are built on top of the ground: flatten the weeds, cover them with cardboard, then spread 10 to 15 centimetres of compost on top and plant straight into it.
P Raised bed FAQ | Old railway sleepers soaked in creosote are not a good choice for vegetable beds. The tarry preservative can seep out on hot days and contaminate the soil next to it.
P Raised bed FAQ | Deep raised beds do not have to be filled with bought soil. Logs, branches and turves stacked in the bottom, as in hugelkultur, rot down slowly beneath a top layer of soil and compost and cut the amount you need to buy by half or more.
P Soil basics | Sandy soil warms quickly in spring and is easy to dig, but water and nutrients drain straight through it. Adding compost or manure each year helps it hold moisture.
P Fenwick Lane garden update | Volunteers spent Saturday improving the heavy clay in the orchard corner, digging in 30 barrowloads of leaf mould. Coordinator Ines Barlow said some members had wanted to tip in builders' sand instead, but on its own that can leave clay setting like concrete.
Q 4,8 | is it safe to grow vegetables in a bed made from treated lumber
Q 3,9 | cheapest way to fill a new raised garden bed
Q 2,11 | adding sand to clay soil

# herbs
P Herb growing | Pinch basil shoots out just above a pair of leaves once the plant has three or four pairs. Two new shoots grow from that point, and the plant becomes bushy instead of tall and flowering.
P Herb growing | Basil comes from warm climates and is easily damaged by cold. Its leaves blacken below about 10°C, which is why a bunch put in the salad drawer turns dark and slimy within a day or two. Stand cut stems in a glass of water on the counter, like flowers.
P Herb growing | Mint spreads by underground runners and will take over a bed within a couple of years. Grow it in a container, or in a bottomless pot sunk into the soil with its rim above ground.
P Garden Q&A | Coriander runs to flower quickly in hot weather and long days, after which the leaves turn feathery and bitter. Sow small batches every three weeks and choose slow-bolting varieties for summer.
P  | Woody herbs such as rosemary, thyme and oregano dry well hung in small bunches somewhere warm and airy. Soft herbs like basil and parsley lose most of their flavour when dried and are better chopped and frozen in oil.
P Herb growing | A supermarket pot of basil holds dozens of seedlings crammed together, and they starve each other of light and water. Split the root ball into four or five clumps and pot each one up separately.
P Leafloft countertop garden review | The Leafloft grows six pods under an LED panel that runs 16 hours a day. Our basil and chives were ready to pick in five weeks, but the dill grew lanky and the pump hums loudly enough to notice in a quiet kitchen.
P Herb growing | Curly and flat-leaved parsley are biennials. In their second spring they send up a tall flower stalk and the leaves turn tough, so most gardeners sow a new batch every year.
P Garden Q&A | Parsley, coriander and dill keep best in the refrigerator with their stems in a jar of water and a loose plastic bag over the leaves, like a bunch of flowers.
P Herb growing | Basil on a sunny windowsill often wilts in the middle of a hot day even when the compost is damp, then recovers in the evening. Moving it back from the glass at midday stops the leaves scorching.
P Allotment diary | My coriander shot up spindly flower stalks within a month of sowing during the June heatwave, and the leaves turned feathery and bitter. This year I am sowing a pinch every three weeks in partial shade and have switched to a slow-bolting variety.
Q 6 | basil plant from the grocery store always dies within a week
Q 4,11 | my cilantro went to seed really fast
Q 2 | should fresh basil be kept in the fridge

# wildlife garden
P Garden birds | Clean bird feeders every two weeks with hot soapy water and let them dry before refilling. Dirty feeders spread diseases such as trichomonosis, which has caused steep declines in greenfinches.
P Garden birds | Hang feeders at least three metres from fences, sheds and branches that squirrels can leap from, and fit a dome-shaped baffle on the pole. Seed coated in chilli also helps: birds cannot taste capsaicin, but squirrels can.
P Wildlife Q&A | Feeding the ducks is a childhood ritual in parks across the country, and many ponds now have signs asking visitors to change what they bring. Bread fills ducks and geese without giving them the nutrients they need, and soggy leftovers pollute the water and feed algae. Oats, defrosted peas, sweetcorn and chopped lettuce are far better.
P Garden birds | A bird bath should be shallow, no more than 2.5 to 5 cm deep, with a rough bottom so small birds can keep their footing. Change the water every couple of days.
P Garden birds | Blue tits start prospecting for nest sites on mild days in late winter, so a box put up in autumn has time to weather and lose its new smell. A 25 mm entrance hole keeps out larger birds. Fix the box two to four metres up, facing somewhere between north and east so it avoids strong afternoon sun and the wettest winds, with a clear flight path to the hole.
P Ellery Vale bird count results | Ellery Vale residents logged 41 species in this year's garden bird count, up from 36. Goldfinches overtook house sparrows as the most commonly seen bird for the first time, which organiser Piers Waddell put down to the popularity of nyjer seed feeders.
P Wildlife Q&A | Rats are drawn to the seed that birds drop beneath feeders. Hang a seed tray under the feeder, sweep up spilled husks and stop feeding for a couple of weeks if rats appear.
P Wildlife Q&A | Bat boxes need warmth, so fix them high on a wall or tree facing south or south-west, where the sun heats them for much of the day, with a clear flight path below.
P Garden birds | In spring avoid putting out whole peanuts, which can choke nestlings, and chunks of dry bread. Use mesh peanut feeders that only let birds peck small pieces.
P Ellery Vale Courier | New signs at Ellery Vale's boating lake ask families to bring oats, defrosted peas or sweetcorn for the ducks instead of bread, which the council says fills the birds up without nourishing them and rots in the water.
P Scout group news | The 1st Ellery Vale Scouts spent their Saturday building 30 nest boxes with 25 mm holes sized for blue tits. Leader Amrit Sahota showed them how to fix each box about three metres up a tree trunk, facing north-east so the chicks are not baked by the afternoon sun.
Q 2 | how do i stop squirrels stealing all the bird seed
Q 3,10 | is it bad to give bread to ducks at the park
Q 5,11 | where should i put up a nest box for blue tits

# leaky tap
P Plumbing basics | In an older two-handle tap, a steady drip from the spout almost always means a worn rubber washer on the valve seat. Shut off the isolation valve under the sink, unscrew the handle and headgear, swap in a washer of the same size, and the drip should stop.
P Reader question | "Our single-lever kitchen mixer started dripping from the spout last winter and a new washer did nothing." Lever taps do not have washers on the seat; they use a ceramic disc cartridge. Once grit scratches the discs, water seeps past even when the lever is closed, and the only cure is a new cartridge matched to the make.
P Plumbing basics | Water collecting around the base of a swivel spout, rather than dripping from its end, comes from worn O-rings where the spout sits in the body. They are cheap, and replacing them takes ten minutes once the spout is lifted off.
P  | A tap that delivers only a weak, spluttering stream while the rest of the house has good pressure usually has a blocked aerator. Unscrew the mesh from the end of the spout and soak it overnight in vinegar to dissolve the limescale.
P Plumbing basics | Modern appliances close their inlet valves in a fraction of a second. The column of water rushing through the pipe stops dead and the shock travels back through the plumbing as a thud, which plumbers call water hammer. A small arrestor fitted near the washing machine or dishwasher supply absorbs it.
P Plumbing basics | Most sinks have a small isolation valve on each supply pipe. A quarter turn with a flat screwdriver, so the slot sits across the pipe, shuts the water to that tap without turning off the whole house.
P Dunhollow water board campaign | A tap dripping once a second wastes more than 5,000 litres a year, according to the Dunhollow Water Board, which this month began offering pensioners a free visit from a plumber. Board spokesperson Clara Fenn said leaks inside homes account for nearly a tenth of demand.
P Home noises | Ticking and creaking in walls and floors while hot water runs is usually copper pipe expanding as it warms and rubbing against joists or clips. Foam pipe lagging or rubber-lined clips quiet it.
P Plumbing basics | A humming or whistling pipe while a tap is running usually has water pressure that is too high or a loose washer vibrating inside a valve. A pressure-reducing valve on the main supply stops the noise throughout the house.
Q 1,2 | kitchen tap keeps dripping after i turn it off
Q 5 | loud bang in the pipes when the washing machine stops filling

# drains
P Blocked drains | A basin that empties slowly is usually choked by hair and soap scum wound around the pop-up plug. Unscrew the pivot rod nut under the basin, pull the plug straight up and clean it; a plastic barbed drain stick fetches whatever is left further down.
P Blocked drains | Caustic drain openers work by generating heat and dissolving organic matter, but they can soften plastic pipe joints and damage old metal traps. If they fail, the basin is left full of corrosive water that anyone working on the pipe then has to handle.
P Clearflow enzyme gel review | Clearflow is a bacterial gel meant to be poured in at night to digest soap and grease films. Over four weeks it noticeably freshened our kitchen sink, but it did nothing for a proper blockage. In its favour, unlike lye-based cleaners it is safe for old pipes and septic tanks.
P  | A cup plunger with a flat rim is for sinks and baths, where it seals on a flat surface. A flange plunger has an extra soft sleeve that fits into the curved outlet of a toilet bowl.
P Blocked drains | The baking soda and vinegar trick makes an impressive fizz, but the reaction mostly produces water, salt and carbon dioxide. It may loosen a light film; it will not shift a clog of hair or grease.
P  | Cooking fat poured down the sink solidifies as it cools in the pipes and traps food scraps. Wipe greasy pans with paper towel and put cooled fat in the bin instead.
P Blocked drains | A drain that gurgles after another fixture empties is often struggling for air because the vent pipe on the roof is blocked by leaves or a bird's nest.
P Lower Brackton fatberg | Water company crews spent nine days removing a 40-tonne mass of congealed fat and wet wipes from a sewer beneath Lower Brackton's high street. The company said the blockage had caused sewage to back up into two restaurant basements.
P Home smells | A sewer smell from a shower or floor drain in a room that is rarely used usually means the water seal in the U-bend has evaporated, letting gases up from the drain. Running the tap for a minute refills it.
P Home smells | Small, furry, moth-like flies resting on bathroom walls are drain flies. They breed in the film of organic gunk lining drains, so scrubbing the pipe with a brush gets rid of them better than spraying.
P Plumbing forum | There was a horrible drain smell in our en-suite, which nobody had used for months. The plumber said the water in the U-bend had simply dried up, letting sewer gas through, and told us to run the shower for a minute every week.
Q 1 | bathroom sink taking forever to drain
Q 2,3 | is it bad to pour chemical drain cleaner down old pipes
Q 9,11 | guest bathroom shower smells like sewage

# drywall
P Wall repair | Nail holes and small dents need only lightweight filler. Press it in with a flexible knife, scrape it flush, and once it is dry sand it lightly before painting.
P Wall repair | For a hole about the size of a door handle, stick a self-adhesive metal mesh patch over it and spread joint compound across the mesh in two or three thin coats, each wider than the last, sanding between them.
P Wall repair | Holes larger than your hand need a new piece of board. Cut the damage back to a neat rectangle, screw timber battens inside the opening, fix a patch of plasterboard to them and tape the joints.
P  | Round bumps or cracked circles of paint in rows on a wall or ceiling are popped fixings: the nail has worked loose as the timber dried. Drive a screw a few centimetres away to pull the board tight, then sink the nail and fill both.
P Hanging things | For heavy mirrors and shelves on plasterboard, plastic plugs are not enough. Use metal cavity anchors or spring toggle bolts, which open out behind the board and spread the load over a wide area.
P Hanging things | The most secure fixing in a stud wall is a screw driven into a timber upright. Studs usually sit 400 or 600 mm apart; an electronic detector, or a magnet that finds the screw heads, will locate them.
P Fillwell lightweight filler review | Fillwell is so light the tub feels empty, and it does not slump in deep holes or shrink as it dries. It sands to a powder easily but is too soft for corners that get knocked, where we would still use a setting compound.
P Hanging things | Lightweight framed pictures need nothing more than a picture hook with a thin hardened pin driven in at an angle. The small hole is easy to fill if you move the picture later.
P Hanging things | On a brick or block wall, a heavy mirror can hang from screws driven into wall plugs. Drill with a masonry bit of the size printed on the plug packet, and use at least two fixings so the weight is shared.
Q 2 | my son's door handle punched a hole in the wall how do i fix it
Q 5,6 | best way to hang a heavy mirror on a plasterboard wall

# painting
P Decorating tips | Primer is needed over bare plaster, patched areas, water stains and wood knots, and when covering a dark colour with a light one. Over sound paint of a similar colour, two coats of the new paint are usually enough.
P Decorating tips | Matt paint hides flaws but marks easily. In kitchens and bathrooms, where walls get wiped and steamed, satin or soft sheen finishes shed moisture and stand up to scrubbing; gloss is best kept for woodwork.
P  | Paint will not grip a shiny surface. Rub glossy woodwork with fine sandpaper or a liquid deglosser before repainting, or the new coat may peel off in strips.
P Decorating tips | Paint blistering and peeling on a bathroom ceiling is usually caused by steam soaking into the plaster behind it. Improve ventilation before repainting, or the new coat will fail the same way.
P Decorating tips | Stripes where one roller pass overlaps another are lap marks. They happen when fresh paint is rolled over paint that has already begun to dry. Work in small sections and always roll back into the wet edge.
P Decorating tips | A litre of emulsion covers roughly 10 to 12 square metres per coat on a smooth wall. Measure the wall height times width, subtract doors and windows, and double for two coats.
P Harwick Pro Matt review | Harwick Pro Matt covered a deep red wall in two coats, which impressed us at its price. It scuffed where a chair touched it in the first week, though, and touch-ups left shiny patches.
P Decorating tips | Ceilings are usually painted with a flat, non-reflective white, which hides the unevenness of plaster under overhead light. Special ceiling paints are formulated to splatter less from the roller.
P Harwick Kitchen & Bath review | In our steamy test bathroom, Harwick's soft-sheen Kitchen & Bath finish wiped clean after weeks of shower steam, whereas a matt paint on the same wall marked and started to bloom with mildew.
P Decorating forum | My first go at the living room left faint stripes everywhere I had gone back over paint that was already half dry. Second time round I worked in one-metre sections, kept a wet edge and never rolled back over tacky paint, and the wall came out even.
Q 2,9 | what type of paint finish is best for a bathroom
Q 5,10 | streaky stripes in my wall after painting with a roller

# electrics
P Home electrics | An RCD or GFCI socket that trips as soon as a particular appliance is plugged in points to a fault or moisture in that appliance. If it trips with nothing plugged in, the problem is in the wiring and needs an electrician.
P Home electrics | A breaker that trips when several heavy appliances run at once is simply overloaded. Kettles, toasters, microwaves and heaters each draw a lot of current; spread them across different circuits.
P  | If one light flickers, check the bulb is screwed in tightly and try another bulb. If lights all over the house flicker when a large appliance starts, the cause may be a loose connection at the main panel, which is a job for an electrician.
P Home electrics | A socket or switch that feels warm, smells of burning or shows brown marks around the pins has a loose or overheated connection. Stop using it and have it replaced.
P Lighting | Dimmer switches fitted in the days of filament bulbs were designed for much bigger loads than a few LED lamps. Paired with LEDs they often cause buzzing, flickering at low settings or a faint glow when off. A trailing-edge dimmer rated for LED loads, and bulbs marked dimmable, fix it.
P Lighting | LED bulbs are rated for tens of thousands of hours, but they fail early when enclosed in sealed fittings where their electronics overheat. Check the packaging says the bulb is suitable for enclosed fixtures.
P Lighting | A fluorescent tube that flickers and blinks at its ends before lighting usually has a failing starter, a small cylinder that twists out of the fitting and costs very little to replace.
P Home repair forum | Every morning the kitchen lost power when the kettle and toaster ran together. The electrician found nothing faulty: the circuit was simply overloaded. He suggested plugging the kettle into a socket on a different circuit, and it hasn't tripped since.
P Home repair forum | Our new LED downlights hummed and flickered whenever we turned the old dimmer below halfway. Swapping the dimmer for a trailing-edge model rated for LEDs cost less than the bulbs and cured it completely.
Q 2,8 | power cuts out in the kitchen whenever the microwave and toaster are on together
Q 5,9 | new led bulbs hum and flicker when the lights are turned down

# doors and floors
P Doors and windows | A door that rubs along the top of the frame often has loose hinge screws. Tighten them, or replace one screw in the top hinge with a longer one that reaches into the stud to pull the door back up. If it sticks only in damp weather, the wood has swollen and may need planing.
P Floors | A floorboard that creaks under carpet can be silenced from above with a kit that drives a special screw through the carpet into the joist and then snaps its head off below the pile.
P Floors | Where the ceiling below is open, such as in a basement, creaks can be fixed from underneath by tapping thin wooden shims between the joist and the subfloor where the gap is.
P  | A door that closes but will not latch usually has a strike plate that no longer lines up with the latch. Look for the scuff marks, then file the opening larger or move the plate.
P Floors | Staircases creak where treads and risers have shrunk apart. From below, glue and screw small wooden blocks into the joints; from above, drive trim screws at an angle through the tread into the riser.
P Doors and windows | A door that swings open or shut by itself is hanging out of plumb. Bending the hinge pin very slightly, or packing behind one hinge, adds enough friction to hold it still.
P Floors | Laminate floors that creak and bounce usually sit on uneven subfloor or lack an expansion gap at the walls. Pressure on one board pushes it against its neighbours, which squeak as they rub.
P Renovation diary | Every door in our 1930s house had dropped on its hinges and caught the head of the frame. The fix was almost free: a long screw in place of one short one in each top hinge, driven into the timber behind, pulled the doors back up, and they now close with a click.
Q 1,8 | bedroom door scrapes the top of the frame and is hard to shut
Q 2 | creaky floor boards under the carpet upstairs

# bathroom sealant and mould
P Bathroom cleaning | Bathrooms give mould everything it needs: warmth, moisture and soap scum to feed on. Once dark speckles have grown into the flexible seal between the bath and the tiles, surface cleaners cannot reach them. A bleach gel left on overnight may lighten the staining, but usually the only lasting fix is to cut the old bead out and run a fresh one.
P  | Before applying new sealant, fill the bath with water so its weight opens the joint to its widest. Run masking tape along both sides, apply the bead, smooth it with a wet finger, and pull the tape while the sealant is still wet.
P Bathroom cleaning | Pinkish-orange slime that appears around drains, on shower curtains and along grout lines is a film of airborne bacteria, usually Serratia marcescens, feeding on soap residue. Scrub it off and let the area dry out between uses.
P Sealants compared | Silicone stays flexible and waterproof, which makes it right around baths and sinks, but paint will not stick to it. Acrylic decorator's caulk can be painted and suits gaps between skirting boards and walls.
P  | Water running down the inside of windows on cold mornings is condensation from moist indoor air meeting cold glass. Opening trickle vents and wiping the glass dry each morning keeps mould off the frames.
P Bathroom cleaning | Orange-brown rings in a toilet bowl are usually iron or manganese in the water supply, not dirt. A limescale or rust remover containing a mild acid shifts them.
P Bathroom makeover diary | The bath itself was fine; it was the edge that looked grim, with grey-black mildew that had crept right into the sealant. No spray or scrubbing brush made a dent, so we sliced the whole bead out with a blade, cleaned the joint with alcohol and ran a new line of mould-resistant silicone. Two years on it is still white.
P Ask the cleaner | That pink film along the shower tray is not mould but bacteria that float in the air and feed on soap residue. A scrub with a bathroom cleaner removes it, and squeegeeing the tray dry after each shower stops it coming back.
Q 1,7 | black marks in the silicone around the tub that won't scrub off
Q 3,8 | pink residue in my shower

# water heater
P Hot water systems | Hot water that smells of rotten eggs usually comes from bacteria in the tank reacting with the magnesium anode rod, producing hydrogen sulfide. Replacing the rod with an aluminium-zinc one and flushing the tank usually clears it.
P Hot water systems | Popping, crackling or rumbling from a tank as it heats is sediment on the bottom. Water trapped under the scale boils in little bursts. Draining a few buckets from the valve at the base every year keeps it in check.
P Hot water systems | No hot water at all from an electric cylinder often means the high-temperature cut-out has tripped or the heating element has failed. A reset button is usually found behind the element cover.
P  | Stored hot water should be kept at 60°C to stop Legionella bacteria multiplying. A thermostatic mixing valve can then deliver water at a safer temperature to taps, so children are not scalded.
P Hot water systems | A relief valve that drips occasionally may be doing its job during a pressure spike. Constant dripping points to pressure that is too high, a failed expansion vessel, or a worn valve.
P Aquaris Flow 18 review | The Aquaris Flow 18 kept our test shower at a steady 41°C, but there was a five-second cold spell whenever someone ran the kitchen tap at the same time. Installation needed a new 40-amp circuit.
P  | A chlorine or swimming-pool smell from all the taps comes from the disinfectant the water company adds. It is harmless and fades if a jug of water is left uncovered in the fridge for a few hours.
P Hot water systems | A gas boiler that makes a kettle-like rumbling has limescale or sludge in its heat exchanger, causing water to overheat in spots. A power flush or a descaling chemical is the usual fix.
P  | If both the hot and the cold water smell of rotten eggs, the cause is hydrogen sulfide in the supply itself, common with private wells, rather than anything in the heater. A filter on the incoming supply deals with it.
P Plumbing forum | Our holiday cottage had eggy-smelling hot water, though the cold tap was fine. The plumber said bacteria in the cylinder were reacting with its magnesium anode rod. He swapped the rod for an aluminium-zinc one and flushed the tank, and the smell has not come back.
Q 1,10 | hot water stinks like sulfur but cold is fine
Q 2 | hot water cylinder makes rumbling and crackling noises

# draughts and insulation
P Energy saving | Gaps around an external door are the biggest draught in many homes. Self-adhesive foam or rubber strips around the frame and a brush strip along the bottom of the door seal them for very little money.
P Energy saving | A letterbox flap can let in a surprising amount of cold air. An internal letterbox brush or a draught-proof flap fits over the slot in minutes.
P Energy saving | Around a quarter of a home's heat can escape through an uninsulated roof. Mineral wool rolls go between the joists and then a second layer across them, and current guidance is for a total depth of around 270 mm. Many older homes still have only the 100 mm that was standard decades ago, and topping up is one of the cheapest energy improvements.
P  | Hold a lit incense stick near window frames, sockets and skirting boards on a windy day. Where the smoke wavers or blows sideways, air is leaking through.
P Snugglite thermal curtains review | The Snugglite curtains have a thick foam-backed lining and blocked almost all light in our bedroom test. With them closed, the glass-side air temperature dropped several degrees below the room, showing how much heat they were holding in, but they are heavy enough to need a strong pole.
P  | Cavity wall insulation is blown into the gap between the two layers of brick in houses built after about 1920. It is unsuitable for walls exposed to driving rain, where it can carry damp across to the inner wall.
P Energy saving | If you board over a loft for storage, do not squash the insulation underneath. Fit raised loft legs so the boards sit above the full depth of the mineral wool, which only works when it is fluffed up.
P Dunhollow home energy grant | Homes in Dunhollow with less than 100 mm of loft insulation can now have it topped up to the recommended 270 mm free of charge under a council scheme. Installer Kieran Moss said most of the lofts his team had seen still had the thin layer laid in the 1970s.
Q 1,2 | cheap ways to stop the cold air coming in around my front door
Q 3,8 | how thick should insulation in the attic be

# smoke alarms
P Fire safety | A single chirp every minute or so is a smoke alarm's low-battery warning. Replace the battery; if it keeps chirping, the alarm itself may be at the end of its life.
P Fire safety | Alarms fitted close to kitchens often go off during normal cooking. Optical alarms are less sensitive to cooking fumes than ionisation alarms, and moving the alarm a few metres further from the cooker helps.
P Fire safety | A heat alarm, which reacts to a sharp rise in temperature rather than smoke, is the recommended type for kitchens because steam and toast will not set it off.
P  | Press the test button on every alarm once a month. Pressing it only confirms that the sounder works, so alarms should also be replaced every ten years, when the sensor loses sensitivity.
P Fire safety | Interlinked alarms talk to each other by wire or radio, so a fire detected in the kitchen sets off the alarm in the bedroom too.
P Marlow Bend house fire | Firefighters in Marlow Bend said a family of four escaped a fire early on Sunday because an alarm in the hallway woke their teenage son. The blaze started in a tumble dryer in the garage. Station manager Rhys Oduya urged residents to clean lint filters after every load.
P Fire safety | A carbon monoxide alarm that gives five short beeps every minute is signalling the end of its working life, usually after seven to ten years. It needs replacing, not a new battery.
P Marlow Bend fire station | Crews from Marlow Bend visited 120 homes last month and found that the most common reason for a disconnected alarm was an annoying chirp every minute or so. That chirp is the low-battery warning; a fresh battery stops it, and an alarm more than ten years old should be replaced.
Q 1,8 | fire alarm beeping once a minute
Q 2,3 | smoke detector goes off every time i make toast

# laundry stains
P Stain removal | For blood, rinse the back of the fabric under cold running water as soon as possible, then rub in a little salt water or an enzyme detergent. Dried blood responds to soaking overnight in cold water with a biological detergent.
P Stain removal | Hot water cooks protein-based stains such as blood, egg, milk and sweat into the fibres. Always treat them with cold water first and only wash hot once the stain has gone.
P Stain removal | Work washing-up liquid into grease and oil marks, leave it ten minutes, then wash at the hottest temperature the fabric allows.
P Stain removal | Blot red wine, do not rub, then flush the stain from behind with cold water. An oxygen bleach soak usually removes what is left. Sprinkling salt on it helps only by soaking up liquid.
P  | Yellow underarm marks on white shirts come from sweat proteins reacting with aluminium compounds in antiperspirant. Soak in a paste of oxygen bleach and water, and switch to a deodorant without aluminium if they keep coming back.
P Stain removal | Grass stains contain green chlorophyll and proteins. An enzyme pre-treatment followed by a wash at 40°C usually shifts them from cotton sports kit.
P Stain removal | White marks from deodorant on dark clothes usually rub off with a dry sock or a pair of nylon tights. Letting deodorant dry fully before dressing stops the marks forming.
P Stain removal | White pillowcases and collars turn yellow over time from skin oils and hair products. A soak in warm water with oxygen bleach, then a 60°C wash, restores most of them.
P Brightwell Oxy review | An overnight soak in Brightwell Oxy lifted the yellowed underarm marks from three of our four white test shirts; the fourth, years old, only faded.
Q 1,2 | how to get dried blood out of bed sheets
Q 5,9 | yellow armpit stains on white shirts

# sleep
P Sleep health | Waking in the small hours and lying there for ages is one of the most common sleep complaints. If you have been awake for more than about twenty minutes, get up, sit somewhere dim and do something dull until you feel sleepy, then go back to bed, so the bed does not become linked with wakefulness.
P Sleep health | A nightcap helps people drop off, but as the body clears the alcohol in the second half of the night, sleep becomes light and broken. Early-morning waking and vivid dreams are typical after an evening of drinking.
P Sleep health | Trouble falling asleep at bedtime often comes from a racing mind or bright screens late in the evening. A regular wind-down hour with dim lights, a book and the same bedtime each night trains the body to expect sleep.
P  | A short nap of 10 to 30 minutes before mid-afternoon can refresh you without leaving you groggy. Longer or later naps eat into the pressure to sleep that builds through the day, making bedtime harder.
P Sleep health | Loud snoring broken by pauses and gasps, along with heavy daytime sleepiness, can be a sign of obstructive sleep apnoea, in which the airway closes repeatedly during sleep. It is worth raising with a doctor.
P Sleep health | Adults generally need seven to nine hours of sleep a night. Teenagers need more, around eight to ten, and children of primary-school age need nine to twelve.
P Family health | At puberty the body clock shifts later, so many teenagers genuinely do not feel sleepy until 11 pm or after. Early school starts then cut their sleep short, which is why several countries have experimented with later start times.
P  | Sleeping in for several hours at weekends shifts the body clock later, a pattern sometimes called social jet lag. Monday mornings then feel like waking in an earlier time zone.
P Family health | Newborn babies sleep 14 to 17 hours out of every 24, in short stretches of two to four hours, because their stomachs are too small to go long without feeding.
P Caverly High newsletter | Teenagers need eight to ten hours of sleep a night, more than their parents, yet most of our Year 11 students told a survey they get about seven. Please encourage phones out of bedrooms on school nights.
Q 1,2 | keep waking up at 3am and can't get back to sleep
Q 6,10 | my 15 year old sleeps till noon on weekends, how much sleep is normal at that age

# hydration
P Everyday health | Caffeine's reputation as a dehydrator comes mostly from older studies that gave large doses to people who did not normally drink it. In regular drinkers the diuretic effect is small, and a mug of tea or coffee still leaves you with more fluid than you started with, so it counts toward the day's total.
P Everyday health | The advice to drink eight glasses of water a day has no firm scientific basis. About a fifth of our water comes from food, and needs vary with body size, activity and climate.
P Everyday health | Urine colour is a practical guide: pale straw means you are drinking enough, while dark yellow or amber means you need more. Some vitamins and foods such as beetroot change the colour too.
P Everyday health | Thirst, a dry mouth, headache, tiredness and feeling lightheaded when you stand up are early signs that the body is short of water. Passing little urine is another.
P Sports nutrition | For exercise lasting under an hour, water is all most people need. Sports drinks with sodium and sugar help in long endurance events or very hot conditions, where sweat losses are large.
P  | Drinking far more water than you sweat out during a marathon can dilute the sodium in the blood, a dangerous condition called hyponatraemia. Drink to thirst rather than forcing down water at every station.
P Family health | Older people feel thirst less sharply than younger adults, so they can become dehydrated without noticing. Offering drinks regularly through the day, rather than waiting to be asked, helps.
P Aquabright smart bottle review | The Aquabright bottle glows to remind you to drink and logs every sip in an app. It nagged us usefully for the first week, but the lid leaked in a bag and the battery needed charging every four days.
Q 1 | does drinking coffee and tea count towards water intake
Q 4,3 | how can you tell if you're not drinking enough water

# running
P Running injuries | Aching along the inner edge of the shinbone in new runners is usually shin splints, an overload of the muscles and bone lining from doing too much too soon. Cut back, run on softer surfaces, and build up again slowly once walking is pain free.
P Running injuries | Pain around or behind the kneecap that worsens on stairs and after sitting for a long time is often runner's knee. Strengthening the hips and thigh muscles usually helps more than rest alone.
P Running injuries | Pain and stiffness at the back of the heel, worst first thing in the morning, points to the Achilles tendon. Calf-raise exercises done slowly are the standard treatment.
P Running injuries | A stabbing pain under the heel with the first steps out of bed is typical of plantar fasciitis, irritation of the tissue along the sole of the foot.
P Running for beginners | Add no more than about ten percent to your weekly running distance from one week to the next, and take an easier week every third or fourth week. Tendons and bones adapt to load more slowly than the heart and lungs.
P Running for beginners | Most beginner plans start with run-walk intervals, such as one minute of jogging followed by ninety seconds of walking, three times a week. Over eight or nine weeks the running segments grow until you can run for thirty minutes straight.
P  | Most runs should feel easy enough that you could hold a conversation. Running every session hard leaves you tired and more prone to injury without making you much faster.
P Running injuries | Pain at one tender spot on the shinbone that gets worse as you run and hurts even at rest may be a stress fracture rather than shin splints. It needs an X-ray or scan and several weeks off running.
Q 1,8 | shins hurt when i started jogging
Q 5,6 | how quickly should i increase my running distance

# back pain
P Workplace health | Lower back ache after a day at a desk is often linked to how you sit. Adjust the chair so your feet rest flat and your hips are slightly above your knees, use the backrest or a small cushion to support the curve of your lower back, and bring the screen up to eye level.
P Workplace health | Sitting still for hours stiffens the spine whatever the chair. Standing up, walking to fetch water or stretching every 30 to 45 minutes relieves the load on the lower back.
P Back care | Looking down at a phone for hours puts strain on the muscles at the back of the neck and between the shoulder blades. Holding the phone higher and taking breaks reduces it.
P Back care | Shop staff often steer anyone who mentions back trouble toward the firmest model, but trials in people with long-term lower back pain found medium-firm beds worked better than very firm ones, which press on the hips and shoulders. What matters most is that the spine stays roughly straight when you lie on your side.
P Back care | Side sleepers need a thicker pillow than back sleepers, to fill the gap between the shoulder and the head so the neck stays in line with the spine.
P  | Most mattresses need replacing after eight to ten years. Sagging in the middle, lumps, and waking up stiffer than you went to bed are signs it is time.
P Dormwell Hybrid mattress review | The Dormwell Hybrid combines pocket springs with a foam top layer and comes rolled in a box. Our lighter testers found it firm, heavier ones found it just right, and it took three days to lose its chemical smell.
P Workplace health | An ache across the upper back and shoulders at a desk often comes from reaching for a mouse placed too far away or a keyboard set too high, which keeps the shoulders hunched. Bring both in close so your elbows rest by your sides.
P Back care | A mattress topper is a cheap way to change how a bed feels. A firm latex or foam topper can stop you sinking into an old soft mattress for a year or two, but it cannot fix a base that sags in the middle.
P Sleep clinic notes | Patients with chronic lower back pain often arrive convinced they need the hardest bed money can buy. In our experience most do better on a medium-firm mattress that supports the spine while letting the shoulders and hips sink in slightly.
Q 1,2 | lower back hurts after sitting at my desk all day
Q 4,10 | what kind of mattress is best for a bad back

# sunscreen
P Sun safety | Up to 80 percent of the sun's ultraviolet rays pass through light cloud, which is why people often burn on grey, breezy days at the beach. Check the UV index rather than the sky.
P Sun safety | Sunscreen prices vary hugely, but a budget SPF 30 lotion passes the same standardised tests as a premium one. The SPF figure measures protection against UVB, the rays that cause sunburn: SPF 30 filters about 97 percent and SPF 50 about 98 percent, so the step up is smaller than it sounds, and putting on enough matters more.
P Sun safety | SPF says nothing about UVA, the rays that age the skin. Look for "broad spectrum" on the label or, in some countries, a UVA star rating or the letters UVA in a circle.
P Sun safety | Reapply sunscreen every two hours, and straight after swimming, sweating heavily or towelling off, even if it is labelled water resistant.
P  | Most adults need about 35 ml of sunscreen, around a shot glass, to cover the body, and half a teaspoon for the face and neck. Most people use less than half that.
P Sun safety | Sunscreen loses strength over time. Most bottles keep for about three years unopened; an open bottle that has been cooked in a hot car or beach bag all summer should be replaced.
P Sun safety | Mineral sunscreens use zinc oxide or titanium dioxide, which sit on the skin and reflect and absorb UV. Chemical filters absorb UV and tend to feel lighter and leave no white cast.
P Solvane Daily Fluid SPF 50 review | Solvane's Daily Fluid sinks in quickly with no white cast, even on darker skin, and wore well under makeup. It stung our testers' eyes when they sweated, and at 40 ml the tube is small for the price.
P Sun safety | Babies under six months should be kept out of direct sun rather than covered in sunscreen. For older children, a high-SPF broad-spectrum lotion and a sun hat are recommended.
P Consumer test | Our lab tested twelve sunscreens, and the cheapest supermarket SPF 30 met its claim just as well as one costing five times more. Moving up to SPF 50 blocks only about one percent more of the burning rays, so spend the money on a bottle big enough to apply generously.
Q 1 | do i need sunscreen when it's overcast
Q 2,10 | is a higher spf worth paying more for

# colds
P Family health | Cold viruses travel in droplets and on hands, door handles and keyboards. A person is most infectious in the first two or three days of symptoms, though they can pass the virus on for up to a week, so staying home during the worst days and coughing into a tissue cuts the spread.
P Family health | Colds come on gradually with a runny nose and sore throat. Flu tends to hit suddenly with fever, aching muscles and exhaustion that can keep you in bed for days.
P Family health | Antibiotics kill bacteria, not viruses, so they do nothing for a cold and can cause side effects. Green or yellow mucus does not mean a cold has turned bacterial.
P Family health | Wash hands with soap for at least 20 seconds, covering the backs, between the fingers and under the nails. Hand gel helps when soap is not available but works poorly on visibly dirty hands.
P Family health | After vomiting or diarrhoea, stay off work or school for 48 hours after the last episode. Norovirus spreads easily and survives on surfaces for days.
P Everyday health | Vitamin C was popularised as a cold remedy in the 1970s and is still one of the best-selling supplements. In dozens of trials, a daily dose taken all year round did not stop most people catching colds, though it trimmed their length slightly, by around a day in adults. Starting the tablets only once the sniffles had begun made no consistent difference.
P Everyday health | Zinc lozenges started within a day of symptoms may shorten a cold, but they often leave a bad taste and nausea.
P  | A spoonful of honey can soothe a cough in children over one year old. It should never be given to babies under a year because of the risk of infant botulism.
P Everyday health | Vitamin D supplements are recommended for many people through the darker months from October to March, since the skin makes little of it from winter sunlight. The evidence that they prevent colds is mixed.
P Family health | A typical cold lasts seven to ten days, although a cough can hang on for two or three weeks after the other symptoms have gone.
P Ashgrove Primary newsletter | With colds going round, we ask parents to keep children at home for the first couple of days of a heavy cold, when they are most likely to pass it on, and to send them back once they feel well enough, even if the sniffles linger.
P Wexley Gazette pharmacy column | Pharmacist Owen Tully says cold remedies have been flying off the shelves this winter. "People come in already sniffling and ask for vitamin C," he says. "I tell them that starting it once the cold has arrived makes little real difference. Rest, fluids and paracetamol for the aches will do more."
Q 1,11 | how long are you contagious with a cold
Q 6,12 | is it worth taking vitamin c tablets once a cold has started

# caffeine
P Caffeine facts | Up to about 400 mg of caffeine a day, roughly four cups of brewed coffee, is considered safe for most healthy adults. Pregnant women are advised to stay under 200 mg.
P Caffeine facts | Caffeine has a half-life of around five hours, so half of an afternoon coffee's caffeine is still in your body at bedtime. Sensitive sleepers may need a cut-off around midday.
P Caffeine facts | Regular coffee drinkers who suddenly stop often get a throbbing headache within a day, along with tiredness and low mood. These withdrawal symptoms peak after one or two days and fade within a week; tapering off slowly avoids them.
P Headaches | Some over-the-counter headache tablets contain caffeine, because it makes painkillers such as paracetamol work slightly better. Using them more than a couple of days a week can lead to rebound headaches.
P  | A cup of black tea has roughly half the caffeine of a cup of brewed coffee, and green tea a little less again, though strength varies a lot with how long the bag steeps.
P Headaches | Skipping a meal or not drinking enough water through the day are common triggers for a dull afternoon headache.
P Caffeine facts | Caffeine blocks adenosine, a chemical that builds up during waking hours and creates sleep pressure, which is why coffee makes you feel alert.
P Wexley Gazette health column | Dietitian Nora Haskett says a healthy adult can safely have around 400 milligrams of caffeine a day, about four mugs of filter coffee, but warns that a large energy drink can deliver nearly half of that in one go. Pregnant readers should keep to 200 milligrams.
Q 1,8 | how much coffee per day is too much
Q 3 | headache every time I skip my morning coffee

# teeth
P Dental care | Orange juice, grapefruit and even coffee leave tooth enamel slightly softened for a while after eating. Scrubbing at that moment can wear it away, so dentists suggest brushing before the morning meal, or waiting about an hour afterwards.
P Dental care | After brushing, spit out the toothpaste but do not rinse with water, so the fluoride stays on the teeth longer.
P Dental care | Gums that bleed when you start flossing are usually inflamed by plaque, an early stage of gum disease called gingivitis. Keep flossing gently every day; the bleeding normally stops within a week or two. If it does not, see a dentist.
P Dental care | Whitening toothpastes work by polishing off surface stains with mild abrasives. They do not change the natural colour of teeth and can wear enamel if used hard.
P Brightsmile Sonic 5 review | The Brightsmile Sonic 5 has a two-minute timer that pauses every 30 seconds and a pressure light that turned red when we scrubbed too hard. Battery life was three weeks, but replacement heads are pricey.
P Dental care | Mouthwash does not replace brushing and flossing. Using a fluoride mouthwash straight after brushing actually washes off the more concentrated toothpaste fluoride, so use it at another time of day.
P Ask the dentist | "Patients often stop cleaning between their teeth as soon as they see blood," says dentist Aisha Marlowe, "which is the opposite of what helps." Bleeding is a sign of inflamed gums, and gentle daily cleaning usually settles it within a fortnight; if it carries on, book a check-up.
P Ask the dentist | "Brush first thing, before you eat," says dentist Aisha Marlowe. "If you'd rather brush after breakfast and you've had fruit juice, wait about an hour, because acid leaves the enamel soft for a while."
Q 1,8 | should i brush my teeth before or after breakfast
Q 3,7 | pink in the sink when i clean between my teeth, should i stop

# eye strain
P Eye health | Office workers often blame the monitor itself, but much of the soreness at the end of the day comes from how we use it. We blink far less while concentrating, so the eyes dry out, and focusing at one distance for hours tires the muscles. Every 20 minutes look at something about 20 feet away for 20 seconds, and keep the screen at arm's length, slightly below eye level.
P Eye health | Screens, LED bulbs and the sun all give off blue light, and the sun gives off far more of it than any monitor. That is one reason researchers were sceptical of amber-lensed computer glasses, and trials comparing them with plain clear lenses have found no meaningful difference in eye strain after a day of screen work.
P Clarion blue-block glasses review | Our testers wore Clarion's amber-tinted glasses for a week of office work. The yellow tint took getting used to, and most said their eyes felt no less tired by the end of the day than with their normal glasses.
P Eye health | Small dots and threads that drift across your vision, most noticeable against a blue sky, are floaters, clumps in the gel inside the eye. A sudden shower of new floaters or flashes of light needs urgent attention.
P Eye health | A twitching eyelid is usually harmless and linked to stress, tiredness or too much caffeine. It normally settles within a few days.
P  | Reading in dim light can make your eyes feel tired, but it does not cause lasting damage to your eyesight.
P Eye health | Night mode on phones shifts the screen toward warmer colours in the evening. Studies of its effect on sleep are mixed; turning the screen off earlier helps more.
P Eye health | Dry, gritty eyes from air conditioning or contact lenses can be eased with lubricating eye drops, sometimes called artificial tears, used several times a day.
Q 1 | eyes feel dry and tired after looking at the computer all day
Q 2,3 | do blue light glasses actually work

# walking
P Staying active | Step counters took off in Japan in the run-up to the 1964 Tokyo Olympics, and one early model was sold under a name meaning "ten thousand steps meter". The round number stuck, but it was a slogan rather than a finding. Large studies that followed people for a decade suggest the benefit keeps rising with daily steps only up to roughly 7,000 to 8,000 for most adults, after which it levels off.
P Staying active | Brisk walking means a pace where you can still talk but not sing, around 100 steps a minute for most people. Walking at that pace counts as moderate exercise.
P Staying active | In many Mediterranean towns an evening passeggiata after dinner is a social habit, and it turns out to have a physiological payoff. Even 10 to 15 minutes of gentle walking after a meal helps muscles take up glucose from the blood, blunting the rise in blood sugar that follows eating.
P  | Phone step counters are reasonably accurate when the phone is in a trouser pocket, but they miss steps when it sits in a bag or is carried in the hand.
P Staying active | Adults are advised to do at least 150 minutes of moderate activity a week, such as brisk walking, plus muscle-strengthening exercise on two days.
P Stridewell Step 2 tracker review | The Stridewell Step 2 counted within two percent of our hand tally on a treadmill, but overcounted by a few hundred steps on a bumpy bus ride. Its battery lasted eleven days.
P  | Walking poles take some weight off the knees on steep descents and help balance on rough ground, which is why many hillwalkers use them.
P Staying active | Walking uphill or on sand burns noticeably more energy than walking on flat pavement at the same speed.
P Dunmere Herald | Dunmere council's new "10k a day" walking campaign has drawn criticism from researchers at Caverly University, who point out that the benefits in long-term studies flatten out at around 7,500 steps a day. "Ten thousand is a nice round number, not a medical threshold," said Dr Priya Lennox.
P Caverly University research news | Volunteers who took a 15-minute walk after dinner had markedly smaller rises in blood sugar over the following two hours than when they sat on the sofa, according to a small study from Caverly University. Lead author Tomasz Rahim said the working muscles soak up glucose from the blood.
Q 1,9 | do you really need 10000 steps a day
Q 3,10 | does going for a walk after dinner do anything

# jet lag
P Travel health | Flying east is usually harder on the body clock than flying west, because it is easier to stay up later than to fall asleep earlier. Expect roughly a day of recovery for each time zone crossed eastward.
P Travel health | To reset your body clock after a long flight, get outdoors in daylight at the right time of day at your destination. After flying east, seek morning light; after flying west, late-afternoon light helps you stay up.
P Travel health | Switch your watch and your meal times to the destination's time zone as soon as you board. Sleeping on the plane only when it is night where you are going helps the adjustment start in the air.
P  | Low humidity in aircraft cabins dries out the eyes, nose and skin on long flights. Drinking water regularly and using saline spray makes the journey more comfortable.
P Travel health | Sitting still for hours on a long-haul flight slightly raises the risk of blood clots in the legs. Walking the aisle, flexing your ankles and wearing compression socks reduce it.
P Travel health | Small doses of melatonin taken at the destination's bedtime can help some travellers fall asleep after flying east. It is sold over the counter in some countries and prescription-only in others.
P Halcombe Air business class review | Halcombe Air's lie-flat seats on the overnight route to Port Carrow were comfortable, and the crew dimmed the cabin promptly after dinner. The amenity kit was thin, though, and the Wi-Fi cut out for most of the crossing.
P  | A short stopover in the middle of a very long journey breaks up the time in the air but does little for jet lag, since the body clock still has to shift by the full time difference.
Q 2,3,6 | best way to get over jet lag fast after a long flight
Q 1 | why is jet lag worse going east

# carry-on
P Packing tips | Liquids in hand luggage at most airports must be in containers of 100 ml or less, all fitting in a single clear resealable bag of about one litre. Larger bottles go in checked luggage, even if they are only partly full.
P Packing tips | Solid toiletries such as shampoo bars, solid deodorant and toothpaste tablets do not count as liquids, which frees space in the clear bag for things like contact lens solution.
P Packing tips | Spare lithium batteries and power banks must travel in hand luggage, not in checked bags, because a battery fire in the hold is hard to detect and fight. Most airlines limit power banks to 100 watt-hours without approval.
P  | Rolling clothes rather than folding them saves a little space and reduces sharp creases in soft fabrics. Packing cubes keep outfits together and compress bulky items.
P Packing tips | Medicines needed during the journey, and any prescription drugs, belong in hand luggage in their original packaging, with a copy of the prescription for controlled medicines.
P  | Baby milk, baby food and essential liquid medicines are usually allowed in hand luggage in larger amounts than 100 ml, but may be tested at security.
P Packing tips | Electronic cigarettes and vapes must be carried in hand luggage, never in checked bags, and cannot be used or charged on board.
P Port Carrow airport news | Security staff at Port Carrow airport pulled more than 300 checked suitcases aside in a single week because they contained power banks. Spare lithium batteries are banned from the hold and must go in cabin bags, and passengers whose cases were opened had to claim the chargers back or lose them.
P Tripsqueeze travel bottles review | Tripsqueeze's silicone bottles hold 89 ml each, safely under the 100 ml cabin limit, and none leaked in a pressurised bag test. They are the answer if you hate decanting: a full-size bottle of shampoo has to go in the hold, even when it is nearly empty, because security goes by the size printed on the container.
Q 1,9 | can i take a full size bottle of shampoo in my carry on
Q 3,8 | can i pack my portable phone charger in my suitcase

# hiking safety
P Outdoor safety | Before any hill walk, leave your route and expected return time with someone who is not going. If you are late, they know where rescuers should start looking.
P Outdoor safety | If you are lost, stop, stay calm and try to work out your position on the map before moving. Walking on in the hope of recognising something often takes people further from help.
P Outdoor safety | In a thunderstorm, get off summits and ridges, stay away from lone trees and crouch low on a foam pad if you are caught in the open. Groups should spread out so one strike cannot hurt everyone.
P Outdoor safety | Cold, wet and windy weather can bring on hypothermia even in summer. Shivering, clumsiness and slurred speech are warning signs; get the person out of the wind, into dry layers and give them warm sweet drinks.
P  | A blister starts as a hot spot. Stop as soon as you feel one, dry the skin and cover it with tape or a blister plaster before it turns into a raw wound.
P Outdoor safety | In many countries the emergency number also reaches mountain rescue. Where signal is weak, a text message may get through when a call will not, and some services let you register for emergency texts in advance.
P Peakline GPS watch review | The Peakline Trek's battery lasted 38 hours of GPS recording, enough for a two-day traverse, and the breadcrumb trail was easy to follow back to the car park in fog. The screen is hard to read in direct sun.
P Mountain rescue report | Four walkers caught on the Cerro ridge by a sudden thunderstorm did everything right, according to the rescue team: they dropped off the crest, moved away from the summit cairn, spread out and crouched on their rucksacks until the storm had passed.
Q 2 | what to do if you get lost on a hiking trail
Q 3,8 | caught in lightning on a mountain what should i do

# camping
P Camping basics | Condensation on the inside of a tent is not a leak. It comes from your own breath and damp gear. Opening vents and pitching where air moves, away from the lowest, dampest ground, reduces it.
P Camping basics | A sleeping bag's comfort rating is the temperature at which an average person sleeps comfortably; the limit rating is the lowest at which they stay safe but cold. Choose a bag rated a few degrees lower than the coldest night you expect.
P Camping basics | A good sleeping mat matters as much as the bag, because the ground draws heat out of your body far faster than the air. Mats are rated by R-value; higher numbers insulate better.
P Camping basics | In bear country, store food, rubbish and toiletries in a bear canister or hang them from a tree at least 60 metres from your tent, never inside it.
P Camping basics | Never run a camping stove or barbecue inside a closed tent or awning. Even a cooling barbecue gives off carbon monoxide, which has killed campers in their sleep.
P Northwind 2 tent review | The Northwind 2 went up in eight minutes and stayed taut through a night of gusty wind on the coast. Inside there is just enough room for two narrow mats, and the porch is too small to cook in.
P Camping basics | Seam-seal a new tent before its first trip if the seams are not taped, and re-proof the fly with a waterproofing spray when water stops beading on the fabric.
P Northwind 3 tent review | On our first night in the Northwind 3 we woke to damp walls and thought it was leaking, but the night had been dry. It was condensation from our breath; with both roof vents open the next night the inner stayed dry.
P Cerro Alto trek diary | The second night I shivered in a bag rated to minus five. Our guide took one look at my thin foam mat and said the ground was sucking the heat out of me, not the bag failing. With a borrowed insulated mat underneath I slept warm.
Q 1,8 | inside of tent wet in the morning even though it didn't rain
Q 3,2,9 | freezing at night in my sleeping bag when camping

# altitude
P Mountain travel | Altitude sickness usually starts above about 2,500 metres with headache, nausea, poor sleep and tiredness, often six to twelve hours after arriving. It affects fit and unfit people alike.
P Mountain travel | The safest way to avoid altitude sickness is to go up slowly. Above 3,000 metres, raise your sleeping altitude by no more than 300 to 500 metres a night and take a rest day every three or four days.
P Mountain travel | Confusion, stumbling, breathlessness at rest or a wet cough at altitude are signs of dangerous swelling of the brain or lungs. The person must descend immediately.
P  | Acetazolamide is a prescription tablet that speeds up acclimatisation and is sometimes taken before a fast ascent. It often causes tingling fingers and makes fizzy drinks taste flat.
P Mountain travel | Air at altitude holds less water, and you breathe faster, so you lose more fluid than usual. Drink regularly, but extra water does not itself prevent altitude sickness.
P Mountain travel | Ultraviolet light grows stronger with altitude, by roughly ten percent every thousand metres, and snow reflects much of it back, so sunburn and snow blindness come quickly.
P  | Water boils at a lower temperature high in the mountains, so pasta and rice take noticeably longer to cook.
P Andes trekking company notes | Our itineraries never raise the sleeping altitude by more than about 400 metres a night once we pass 3,000 metres, and every group takes a rest day at the Cerro Alto hut. Guests who want to rush the ascent are the ones who end up turning back.
Q 2,8 | how to avoid altitude sickness on a trek
Q 3 | which altitude sickness symptoms are an emergency

# road trip
P Car care | Before a long drive, walk round the car with a gauge while the tyres are still cold, since driving warms the air inside and gives a falsely high reading. The right figures are on a sticker inside the driver's door or fuel flap, and many cars list a second, higher set of pressures for when the car is fully loaded with passengers and luggage.
P Car care | Tread depth can be checked with a coin or a tread gauge. Below about 3 mm, stopping distances in the wet grow noticeably, even if the legal minimum is lower.
P Car care | Modern cars monitor every wheel, and when one tyre loses air the dashboard shows an amber symbol that looks like a horseshoe, or a tyre seen in cross-section, with an exclamation mark inside. Check all four pressures before continuing; a slow puncture is the usual cause.
P Car care | Before a long trip, check the engine oil and coolant levels with the engine cold and the car on level ground, and top up the screenwash.
P Car care | A squealing noise on braking usually comes from the wear indicator, a small metal tab that touches the disc when the pads are nearly worn out.
P Roadmate jump starter review | The Roadmate Mini started our test car's flat battery five times on one charge and doubles as a phone power bank. The clamps are small and fiddly on thick battery terminals.
P  | Children travelling in the car get restless after about an hour. Planning stops at parks rather than petrol stations lets them run off energy.
P Car care | An amber warning light shaped like an engine means the car's computer has found a fault and it should be checked soon. If the light flashes, pull over: it usually signals a misfire that can damage the exhaust.
P Car forum | The amber horseshoe with an exclamation mark came on halfway up the motorway. That is the tyre pressure warning, so we pulled into services and checked all four: the rear left was 8 psi down thanks to a screw in the tread.
P Caravan holiday checklist | Before setting off fully loaded, check the tyres cold using the higher "full load" pressures printed on the sticker in the door frame, not the everyday figures. An overloaded car on soft tyres handles badly and wears the tread quickly.
Q 1,10 | what should tyre pressure be for a long drive with a full car
Q 3,9 | orange light on dashboard looks like a horseshoe

# motion sickness
P Travel health | Motion sickness happens when the eyes and the balance organs in the inner ear send the brain conflicting signals. Looking at the horizon, sitting in the front seat or over the wing of a plane, and avoiding reading all help.
P Travel health | Antihistamine travel-sickness tablets work best when taken an hour or two before setting off; once you feel sick they are much less effective. Many cause drowsiness.
P  | Ferries on the Skerrow crossing can roll heavily in a westerly. Regular passengers head for the lounge in the middle of the ship on the lowest passenger deck, where the rolling is smallest, and step outside for fresh air and a view of the horizon if their stomach starts to turn.
P Travel health | Ginger biscuits or capsules may ease mild nausea, though the evidence for motion sickness is weaker than for morning sickness in pregnancy.
P Family travel | Children aged about 2 to 12 are the most prone to car sickness. Babies rarely suffer, and most people become less sensitive in adulthood.
P  | Feeling unsteady for a few days after a long sea voyage, as if the ground is still moving, is called mal de débarquement. It usually fades on its own.
P Cruise tips | On a cruise, book a cabin on a lower deck in the middle of the ship if you are prone to seasickness. Cabins high up at the bow feel the most movement.
P Family travel blog | Our daughter used to be sick every time she read in the back seat. A doctor explained that her eyes, fixed on a still page, were telling her brain she wasn't moving while her inner ear felt every bend. Now she listens to audiobooks and watches the road ahead.
Q 1,8 | why do i get carsick when i read in the car
Q 3,7 | where to sit on a boat to not get seasick

# puppy training
P Dog training | Puppies can usually hold their bladder for roughly one hour per month of age, up to about eight hours. Take them outside after waking, after eating and after play, and praise them the moment they go in the right spot.
P Dog training | Scolding a puppy for an accident you find later does not work; it cannot link the telling-off to something it did earlier. Clean the spot with an enzyme cleaner so the smell does not draw it back.
P Dog training | Puppy biting is normal play. When teeth touch skin, say "ouch", stop playing for a few seconds and offer a chew toy instead, so the puppy learns that biting ends the fun.
P Dog training | Teach a dog not to pull on the lead by stopping dead whenever the lead goes tight and moving on only when it slackens. Consistency matters more than equipment.
P  | Socialising a puppy between about 3 and 14 weeks, with gentle exposure to people, traffic, other dogs and household noises, helps prevent fearfulness later.
P Barkwise training app review | Barkwise breaks training into five-minute daily lessons with videos, and our test puppy learned to sit and lie down within a week. The clicker sound in the app was too quiet to use outdoors.
P  | Puppies lose their baby teeth between about three and six months, which is when chewing is most intense. Frozen carrots and rubber chew toys soothe sore gums.
P Puppy class report | At this week's puppy class, trainer Gemma Royle showed owners how to handle nipping: the moment teeth touch skin, say "ouch", freeze for a few seconds, then hand the puppy a chew toy. Most of the eight-to-twelve-week-olds had got the idea by the end of the hour.
Q 1,2 | puppy keeps peeing in the house
Q 3,8 | 10 week old puppy nips my hands all the time

# cats
P Cat care | A cat that stops using its litter tray may dislike the litter, the tray's position or its cleanliness, or may have a urinary problem. Scoop daily, keep the tray away from food and noisy appliances, and see a vet if it strains or goes often.
P Cat care | The usual rule is one litter tray per cat plus one extra, placed in different spots, so no cat can block another's access.
P Cat care | Male cats that strain in the litter tray and pass little or no urine may have a blocked urethra. This is an emergency that can kill within a day or two.
P Cat care | Scratching is not bad behaviour but a need: it sheds old claw sheaths and leaves scent marks. The trick is to offer a better target right where the damage is happening, such as a tall, sturdy post that does not wobble, placed beside the arm of the sofa and rubbed with catnip.
P Cat care | Cats knead soft blankets with their front paws, a habit left over from kittenhood when it stimulated milk flow. It is a sign of contentment.
P Cat care | Hairballs are more common in long-haired cats and during moulting. Regular brushing reduces the fur they swallow; frequent vomiting or retching without producing a hairball needs a vet.
P Pawsafe automatic litter box review | The Pawsafe rakes the tray ten minutes after each visit and our two cats used it within a day. It was loud enough to startle the shyer cat, and the waste drawer needs emptying every three days.
P Cat care | A cat that scratches at the bedroom door at night is usually bored or hungry. A play session with a wand toy, followed by a meal just before bed, copies its natural hunt-eat-sleep rhythm.
P Sisalpeak scratching post review | Our two cats had shredded the arm of the sofa. Within a week of putting the 90 cm Sisalpeak post right beside it, they had switched to the post. The weighted base stopped it wobbling, which testers said made the difference.
Q 1 | cat suddenly peeing outside the litter box
Q 4,9 | how to stop my cat scratching the couch

# aquarium
P Fishkeeping | New tank syndrome kills many first fish. Ammonia from fish waste builds up until colonies of bacteria in the filter grow to convert it, which takes four to six weeks. Cycle the tank before adding fish, or add only a few hardy fish and test the water often.
P Fishkeeping | Green water is an algae bloom, usually caused by too much light, often direct sunlight, and too many nutrients from overfeeding. Cut the lighting to about eight hours a day and feed less.
P Fishkeeping | Change around 20 to 25 percent of the water every week, using dechlorinated water at the same temperature as the tank.
P Fishkeeping | Fish gasping at the surface may be short of oxygen, especially in warm weather, or may be suffering from ammonia or nitrite poisoning. Test the water and increase surface movement with the filter outlet.
P Fishkeeping | White spots like grains of salt on a fish's fins and body are usually ich, a parasite. Raising the temperature slightly and using a medicated treatment clears it.
P Fishkeeping | Cloudy white water in a new tank is usually a bacterial bloom that clears on its own within a week or two. Do not change all the water, which only restarts the cycle.
P Clearflow 60 canister filter review | The Clearflow 60 kept a 120-litre planted tank crystal clear and ran almost silently. Priming it after cleaning was awkward, and one hose clamp dripped until we replaced it.
P Reader tank diaries | Our 90-litre tank went murky green within a fortnight of moving it into the conservatory. Dev Anand at Finmarket Aquatics took one look at a photo and blamed the afternoon sun on the glass, which was feeding an algae bloom. We moved the tank to an inside wall, put the lights on an eight-hour timer, fed a little less, and the water had cleared in about ten days.
Q 2,8 | aquarium water looks like pea soup
Q 1 | my new fish keep dying in a new aquarium

# dog foods
P Pet health | Vets see a spike in calls after Christmas, when mince pies, fruitcake and trail mix are left within reach. Dried vine fruits are among the worst offenders: grapes, raisins and sultanas can cause sudden kidney failure in dogs, and there is no known safe amount, so contact a vet straight away even if the dog seems fine.
P Pet health | Chocolate contains theobromine, which dogs clear very slowly. Dark and baking chocolate are the most dangerous; signs include vomiting, restlessness and a racing heart.
P Pet health | Xylitol, a sweetener in some sugar-free gum, peanut butter and sweets, causes a rapid drop in blood sugar in dogs and can damage the liver. Check labels before sharing.
P Pet health | Onions, garlic, leeks and chives damage dogs' red blood cells, whether raw, cooked or powdered in gravy. Signs may not appear for several days.
P  | Most vets are relaxed about sharing a little of your dinner, as long as it is the right bits. Plain cooked chicken, rice, carrots and apple slices without the core suit most dogs; keep the portions small so titbits do not crowd out a balanced diet.
P Pet health | Cooked bones splinter into sharp shards that can tear a dog's gut. Raw bones are softer but still carry a risk of choking and broken teeth.
P Pet health | Treats should make up no more than about ten percent of a dog's daily calories. Over half of pet dogs in some surveys are overweight.
P Kibblecraft senior food review | Kibblecraft's senior formula has smaller, softer kibble that our twelve-year-old terrier found easy to chew, and his coat looked shinier after a month. It costs about a third more than the standard recipe.
P Dunmere Herald | Christmas is the busiest time of year for the Dunmere animal hospital's phone line. Chocolate tops the list, followed by mince pies and fruitcake, since grapes, raisins and sultanas can trigger kidney failure in dogs, and then tinsel, which can block the gut. Vet Harriet Olumide asks owners to keep festive food well out of reach.
Q 1,9 | are raisins poisonous to dogs
Q 5 | what human food is safe to give a dog as a treat

# dogs in hot weather
P Pet health | Walk dogs early in the morning or late in the evening in summer. If a pavement is too hot to keep the back of your hand on for seven seconds, it is too hot for paws.
P Pet health | Dogs cool themselves mainly by panting, not sweating. Flat-faced breeds, overweight dogs and older dogs overheat much more easily.
P Pet health | Heavy panting, drooling, bright red gums, stumbling and vomiting are signs of heatstroke. Move the dog somewhere cool, pour cool (not ice-cold) water over it and call a vet.
P Pet health | Never leave a dog in a parked car on a warm day. Even at 22°C outside, the inside of a car can pass 45°C within an hour, with the windows cracked open.
P  | Double-coated breeds such as huskies should not be shaved in summer. Their undercoat insulates against heat as well as cold, and shaving can damage how the coat grows back.
P Pet health | Dogs can get sunburned on thinly furred or pink-skinned areas such as the nose and belly. Pet-safe sunscreen helps for pale dogs that like sunbathing.
P Coolpaw cooling mat review | The Coolpaw gel mat stayed noticeably cool for about two hours in a 28°C room, and our collie chose it over his bed. A determined puppy chewed through a corner within a week.
P Coolpaw trail boots review | On a 25°C afternoon our infrared thermometer read 52°C on the tarmac outside the office, hot enough to burn paw pads. If you cannot hold the back of your hand on the ground for seven seconds, leave the walk until evening or put boots on.
P Dunmere Herald | A labrador collapsed after a lunchtime walk during last week's heatwave. Vet Harriet Olumide said the warning signs were all there: frantic panting, thick drool, dark red gums and a wobbly walk. Owners should cool the dog with tepid water and phone a vet straight away.
Q 3,9 | dog panting heavily after a walk in the heat, when should i worry
Q 1,8 | is it too hot to walk my dog on the pavement

# sky colour
P Everyday science | Sunlight contains all colours, but air molecules scatter short blue wavelengths far more strongly than long red ones, a process called Rayleigh scattering. Scattered blue light reaches our eyes from every direction, so the whole sky looks blue.
P Everyday science | At sunrise and sunset, sunlight passes through much more atmosphere before reaching us. Most of the blue is scattered out along the way, leaving the oranges and reds that colour the low sun and the clouds around it.
P Everyday science | Clouds look white because their water droplets are large compared with the wavelength of light and scatter all colours about equally. Thick clouds look grey underneath simply because little light makes it through them.
P  | A rainbow forms when sunlight enters raindrops, bends, reflects off the back of the drop and bends again on the way out, splitting into colours. You only see one with the sun behind you and rain in front.
P Everyday science | Violet light is scattered even more than blue, yet the sky does not look violet. Sunlight contains less violet to begin with, some is absorbed high in the atmosphere, and our eyes are more sensitive to blue.
P Everyday science | On Mars the daytime sky is a butterscotch colour because of fine reddish dust suspended in the thin air, while sunsets there look bluish around the sun.
P  | Volcanic eruptions and large wildfires put fine particles high into the atmosphere, which can make sunsets unusually vivid and red for months afterwards, even thousands of kilometres away.
P Stargazing basics | The sky is darkest and stars are easiest to see on moonless nights away from town lights. Let your eyes adjust for 20 minutes and use a red torch to keep your night vision.
Q 1 | why is the sky blue in simple terms
Q 2,7 | why are sunsets red and orange

# tides
P Earth and space | Tides are raised mainly by the Moon's gravity pulling on the oceans. Water bulges toward the Moon on the near side of the Earth and away from it on the far side, so most coasts get two high tides and two low tides roughly every 24 hours and 50 minutes.
P Earth and space | When the Sun and Moon line up at new and full moon, their pulls add together and produce spring tides, with the highest highs and lowest lows. At quarter moons they partly cancel, giving smaller neap tides.
P Earth and space | The Moon always shows the same face to Earth because it spins once on its axis in exactly the time it takes to orbit, about 27 days. Tidal forces slowed its rotation long ago until the two matched.
P Earth and space | The Moon's phases come from how much of its sunlit half we can see as it orbits. At new moon the lit side faces away from us; at full moon we see all of it.
P  | Tides arrive about 50 minutes later each day because the Moon moves along its orbit, so the Earth has to turn a little extra to catch up with it.
P Earth and space | Some bays funnel the incoming tide so that the range between low and high water exceeds 15 metres, while enclosed seas such as the Mediterranean see tides of only a few centimetres.
P Earth and space | The Moon appears larger near the horizon than high in the sky, but photographs show it is the same size. The effect is an illusion created by the brain.
P Cobble Reach harbour notice | Boat owners at Cobble Reach are reminded that the inner harbour dries out at low water on spring tides. The harbour master, Gwen Tallis, advises checking the tide tables before mooring on the inner wall.
P Cobble Reach harbour notes | Visiting skippers often ask why the harbour's tide times creep later from one day to the next. Harbour master Gwen Tallis explains that the Moon moves on along its orbit each day, so the Earth has to turn for about another 50 minutes before the same bulge of water comes round again.
Q 2 | what's the difference between spring tide and neap tide
Q 5,9 | why is high tide later every day

# lightning
P Weather explained | Light travels almost instantly, but sound covers only about a kilometre every three seconds. Count the seconds between a flash and its thunder and divide by three to estimate the distance in kilometres.
P Weather explained | Thunder is the sound of air expanding explosively after being heated by a lightning bolt to around 30,000°C in a fraction of a second.
P Weather explained | Storms on the motorway are frightening, with spray cutting visibility and gusts shoving high-sided vans about, so slow down and leave double the usual gap. As for strikes, a hard-topped car is one of the safer places to be: the current from a bolt runs through the metal body and into the ground around the occupants. The rubber tyres have little to do with it.
P  | Heat lightning on summer nights is simply lightning from a storm too far away for its thunder to be heard.
P Weather explained | If thunder follows a flash within 30 seconds, the storm is close enough to strike you. Go indoors and wait 30 minutes after the last thunder before heading back outside.
P Weather explained | Hail forms when strong updraughts carry raindrops high into freezing parts of a thunderstorm, where they gather layer upon layer of ice before falling.
P  | Ball lightning, reported as a glowing sphere that drifts for several seconds during storms, is still poorly understood; only a handful of scientific recordings exist.
P Weather explained | Soft-top convertibles, motorbikes and bicycles offer no protection from lightning. Only a vehicle with a solid metal roof and sides will carry a strike around the people inside.
P Science for kids | Next time a storm rolls in, try counting: one elephant, two elephants, three elephants, from the moment you see the flash until the thunder rumbles. Every three seconds is roughly a kilometre, because sound travels so much more slowly than light.
Q 1,9 | how to tell how far away a storm is
Q 3,8 | are you safe in a car during lightning

# seasons
P Earth and space | Seasons are caused by the tilt of the Earth's axis, about 23.5 degrees, not by our distance from the Sun. When your hemisphere leans toward the Sun, sunlight arrives more directly and days are longer, so it is summer.
P Earth and space | The summer solstice is the day with the most daylight, but the hottest weather usually comes weeks later because land and sea keep warming as long as they gain more heat by day than they lose by night.
P  | At the equinoxes in March and September, day and night are roughly equal everywhere on Earth because neither hemisphere is tilted toward the Sun.
P Earth and space | Near the poles the Sun stays above the horizon all day for weeks around midsummer and below it for weeks in midwinter.
P Earth and space | Leaves change colour in autumn as trees stop making green chlorophyll in shorter days, revealing yellow pigments that were there all along. Reds are made fresh in sunny autumn weather.
P Earth and space | Daylight saving time moves clocks forward an hour in spring so that evenings have more daylight. Many countries near the equator do not bother, because day length there barely changes.
P Tresswell almanac | The Tresswell Almanac, printed in the market town of Tresswell since 1822, still lists sunrise and sunset times for each day alongside planting advice and local fair dates. Its 200th edition sold out within a week.
P Science for kids | Lots of people think summer comes when the Earth is nearer the Sun, but the opposite hemisphere has winter at the same time. The real reason is the tilt of the planet: in summer your half leans toward the Sun, so days are longer and the sunlight hits more directly.
P Wexley Gazette weather | The hottest days of the year usually arrive in late July, weeks after the longest day in June. Forecaster Rhian Doyle says the land and sea go on warming for as long as each day brings more heat than each night loses, so temperatures peak well after the solstice.
Q 1,8 | why is it hot in summer and cold in winter
Q 2,9 | why is july hotter than june when june has the longest day

# body quirks
P Human body | Hiccups are sudden spasms of the diaphragm, each followed by the vocal cords snapping shut, which makes the "hic" sound. Eating too fast, fizzy drinks and sudden excitement can set them off.
P Human body | Cutting an onion releases an enzyme that turns its sulfur compounds into a gas. When the gas reaches the eyes it forms a mild irritant, and the eyes water to wash it away.
P  | Fingers wrinkle in the bath because nerves signal blood vessels in the fingertips to narrow. The wrinkles may help us grip wet objects.
P Human body | Most people wince on hearing themselves in a video. When you speak, the sound reaches your inner ear partly through the bones of your skull, which carry low frequencies well, so the voice in your head is deeper and fuller than the one a microphone picks up from the air.
P Human body | A "brain freeze" from ice cream is caused by rapid cooling and rewarming of blood vessels in the roof of the mouth. Pressing your tongue to the palate warms it and eases the pain.
P  | Cracking your knuckles releases a gas bubble in the fluid of the joint. Studies have not found that it causes arthritis.
P Human body | Most bouts of hiccups stop on their own within minutes. Holding your breath, sipping iced water or swallowing a spoonful of sugar may help by interrupting the reflex; hiccups that last longer than two days should be checked by a doctor.
P Human body | With a heavy cold your voice sounds flat and nasal, because swelling blocks the nasal passages that normally resonate when you speak the sounds m and n.
P Science for kids | Why do we hiccup? The diaphragm, the sheet of muscle under your lungs, suddenly twitches, and a moment later your vocal cords snap shut, making the "hic". Gulping food, fizzy drinks and getting very excited can all set it off.
Q 1,9 | what causes hiccups
Q 4 | why does my voice sound weird on recordings

# kitchen chemistry
P Everyday science | Salt lowers the freezing point of water, which is why it is spread on icy roads. Below about minus 10°C it works much more slowly.
P Everyday science | A cut apple turns brown when an enzyme in its flesh reacts with oxygen in the air. Lemon juice slows it because the acid and vitamin C block the reaction.
P Everyday science | Adding salt to a pot of water raises its boiling point only by a fraction of a degree at cooking quantities; the salt is there for flavour, not speed.
P  | Baking soda is an alkali and vinegar is an acid. Mixed together, they react to produce carbon dioxide gas, water and a salt, which is why the mixture fizzes.
P Everyday science | Bananas ripen faster near other fruit because ripe fruit gives off ethylene gas, a plant hormone that triggers ripening.
P Everyday science | Hot water sometimes seems to freeze faster than cold, an effect named after a Tanzanian schoolboy who reported it. Careful experiments give mixed results, and it is still argued over.
P Everyday science | Putting a lid on a pan makes water come to the boil noticeably faster, because less heat escapes with the steam.
P Lunchbox ideas | My children will not eat apple slices that have gone brown by lunchtime. A squeeze of lemon juice over the cut fruit keeps it pale for hours, and a tight lid on the box helps by keeping the air off.
P Cooking column | Salt the pasta water generously, but do it for flavour. The amount a cook adds raises the boiling point by only a fraction of a degree, far too little to change how quickly the water boils or the pasta cooks.
Q 2,8 | keep cut fruit in lunchboxes from discolouring
Q 3,9 | why do people salt pasta water, does it help it boil

# football rules
P Football rules | A player is in an offside position if any part of their head, body or feet is in the opponents' half and nearer the goal line than both the ball and the second-last defender when the ball is played to them. Being level counts as onside.
P Football rules | You cannot be offside directly from a goal kick, a throw-in or a corner kick.
P Football rules | Handball is an offence when a player deliberately touches the ball with the hand or arm, or makes the body unnaturally bigger with an arm. Accidental contact from a ball deflected off the player's own body is usually not penalised.
P Football rules | A yellow card is a caution; a second yellow in the same match becomes a red and the player is sent off. A team must have at least seven players on the field for a match to continue.
P  | In a penalty shootout, each team takes five kicks alternately. If still level, the kicks go to sudden death. A goalkeeper must keep at least part of one foot on or in line with the goal line until the ball is kicked.
P Football rules | Added time at the end of each half makes up for stoppages such as substitutions, injuries and video reviews. The fourth official shows the minimum amount on a board.
P Wexley Town match report | Wexley Town's equaliser was chalked off in the 88th minute after a video review found striker Dani Okafor's boot fractionally beyond the last defender. Manager Lena Pruitt said afterwards that "a toenail" had cost her side a point.
P  | A team can make up to five substitutions in most senior competitions, in no more than three stoppages during play.
P Wexley Town match report | Wexley Town's first goal came from a long throw by captain Iris Fenner that Dani Okafor controlled well beyond the last defender. Visiting fans howled for offside, but no offside can be given directly from a throw-in, and the goal stood.
Q 1,7 | when is a player offside in soccer
Q 2,9 | can you be offside from a throw in

# tennis
P Tennis rules | Tennis counts points in a game as 15, 30 and 40, then game. Zero is called "love". At 40-40, called deuce, a player must win two points in a row: the first gives advantage, the second the game.
P Tennis rules | A set is won by the first player to six games with a lead of two. At six games all, most events play a tiebreak, won by the first to seven points with a two-point margin.
P Tennis rules | A serve that clips the net and lands in the correct service box is a let and is replayed. A serve that clips the net and lands out is a fault.
P  | Players get two attempts at each serve. Missing both is a double fault, and the point goes to the opponent.
P Tennis rules | A ball that touches any part of the line is in. Electronic line-calling systems now replace line judges at many tournaments.
P Tennis rules | In doubles, the wider tramlines on each side are in play during rallies but not for the serve.
P Tennis equipment | Looser string tension gives more power and a softer feel; tighter strings give more control but less free power. Many club players string between 22 and 26 kg.
P Harlow Park club news | The Harlow Park tennis club's summer doubles final went to a deciding match tiebreak, with Imogen Castell and Raj Mehta saving two match points before winning it 12-10 under the new floodlights.
Q 1 | how does tennis scoring work
Q 3 | what happens if the serve hits the net

# basketball
P Basketball rules | Travelling is called when a player holding the ball moves their pivot foot or takes too many steps without dribbling. After ending a dribble, a player may take two steps before passing or shooting.
P Basketball rules | A double dribble is called when a player dribbles with both hands at once, or stops dribbling and then starts again.
P Basketball rules | Teams have a shot clock, 24 seconds in professional play, to attempt a shot that at least touches the rim. If the clock runs out, possession passes to the other team.
P Basketball rules | Shots from beyond the arc score three points, other field goals score two, and free throws score one each.
P  | A player fouled while shooting gets two free throws, or three if the shot was from beyond the arc. If the shot went in anyway, they get one extra free throw.
P Basketball rules | Goaltending is called when a defender touches the ball on its way down toward the basket or while it is directly above the rim. The basket is awarded.
P Basketball rules | Players foul out after five personal fouls in most competitions, or six in some professional leagues.
P Dunmere Dragons match report | Tomas Ruel was clipped on the arm as he launched from beyond the arc with four seconds left. The shot missed, but he stepped up and sank all three free throws to send the game to overtime.
P Dunmere Dragons match report | The Dragons gave the ball away twice on travelling calls in the first quarter. Both times rookie Kai Ferris gathered his dribble and took a third step toward the basket, one more than the rules allow before passing or shooting.
Q 1,9 | how many steps can you take in basketball without dribbling
Q 5,8 | how many free throws do you get when fouled on a three pointer

# chess
P Chess rules | Castling moves the king two squares toward a rook and places the rook on the square the king crossed. It is allowed only if neither piece has moved, the squares between them are empty, and the king is not in check, does not pass through an attacked square and does not land on one. Having been checked earlier in the game does not matter, as long as the king itself never moved.
P Chess rules | A pawn that reaches the far rank must be promoted to a queen, rook, bishop or knight of the same colour. Most players choose a queen, but a knight is occasionally better.
P Chess rules | Stalemate happens when the player to move has no legal move and is not in check. The game is a draw, which is why a player far ahead must take care not to stalemate the opponent.
P  | A game is also drawn by threefold repetition of the same position, or if fifty moves pass with no capture or pawn move.
P Chess rules | In tournament play, a player who touches one of their pieces must move it, if it has a legal move, and a touched enemy piece must be captured if possible.
P Quillon Falls chess club | The Quillon Falls chess club meets on Tuesday evenings in the library annex. Club champion Marguerite Vance, who is 14, won this year's title after a final-round win in a tense rook endgame.
P  | Opening principles for beginners: control the centre with pawns and pieces, develop knights and bishops early, castle to safety and avoid moving the queen out too soon.
P Quillon Falls chess club | The club's blitz cup final ended in stalemate when Ollie Brandt, a rook down, was left to move with no legal move available although his king was not in check. Stalemate counts as a draw, so the cup was shared.
P Junior chess lesson | Several of our juniors believed a king that had been checked earlier in the game had lost the right to castle. It has not: what matters is that the king and that rook have never moved, and that the king is not in check at the moment of castling.
Q 1,9 | can you castle if your king has been in check before
Q 3,8 | game ended with no legal moves but not in check, who wins

# golf
P Golf rules | A ball hit out of bounds costs one penalty stroke, and the player must play again from where the previous shot was made, known as stroke and distance.
P Golf rules | A golf handicap estimates how many strokes above par a player usually scores. It lets players of different abilities compete fairly, as higher-handicap golfers receive strokes on the hardest holes.
P Golf rules | Water hazards are now called penalty areas and are marked with red or yellow stakes. A player whose ball ends up in one may play it as it lies, if they can, or take a drop under a one-stroke penalty, usually behind the point where it last crossed into the area.
P  | A ball lost and not found within three minutes of starting the search is treated as lost, with the same stroke-and-distance penalty as out of bounds.
P Golf rules | Par is the number of strokes a skilled golfer is expected to need on a hole. One under par is a birdie, two under an eagle, one over a bogey.
P Golf rules | Players may carry a maximum of 14 clubs during a round. Carrying more brings a penalty for each hole where the breach happened.
P Golf etiquette | Shout "fore" loudly if your ball is heading toward other people. Players on the course should cover their heads and turn away on hearing it.
P Horse racing explained | In a handicap horse race, better horses carry extra weight in the saddle so that, in theory, every runner has an equal chance. Official ratings set how much each horse carries.
P Ashgrove golf club news | Ashgrove welcomes new member Freya Dunmore, who plays off 18. In other words she usually goes round in about 18 shots over par, and in handicap competitions she receives one extra stroke on every hole.
Q 2,9 | what does it mean when a golfer plays off 18
Q 3 | hit my ball into the pond, what's the penalty

# phone battery
P Phone care | Lithium-ion batteries age fastest when kept at 100 percent charge or run down to empty. Keeping a phone roughly between 20 and 80 percent, and using the optimised charging setting that holds it at 80 percent overnight, slows the loss of capacity.
P Phone care | There is no need to fully drain a modern phone battery before charging it. That advice dates from older nickel batteries, which had a memory effect; lithium-ion cells do not.
P Phone care | Heat is the biggest enemy of phone batteries. Do not leave a phone on a car dashboard in the sun, and take it out of a thick case if it gets hot while fast charging or gaming.
P Phone care | Most phones show battery health in their settings. Once maximum capacity falls to about 80 percent of the original, the battery is considered worn and replacement is worth considering.
P  | Screen brightness, weak mobile signal and apps refreshing in the background drain the most power. A phone searching for signal in a basement can lose charge several times faster than usual.
P Phone care | Charging with a reputable third-party charger is safe if it supports your phone's standard. Very cheap unbranded chargers can lack the protection circuits that stop overheating.
P Voltra 10K power bank review | The Voltra 10K refilled our test phone from 5 to 100 percent twice with a little to spare and charged a laptop at 30 W. It is heavier than rivals, and the charge level is shown by four tiny lights that are hard to read.
P  | A swollen battery can push a phone's screen or back panel outward. Stop using and charging the phone and take it for repair; do not try to press the case shut.
P Pixelon 8 phone review | The Pixelon 8 learns your alarm time and holds the battery at 80 percent overnight, topping up just before you wake. Keeping the cells away from a full 100 percent for hours like this is one of the simplest ways to slow battery wear over the phone's life.
P Repair shop interview | Nadia Pell, who runs a phone repair shop in Caverly, says many customers still run their phones flat before charging. "That habit comes from old nickel batteries," she says. "With lithium cells, deep discharges actually wear them faster."
Q 2,1,10 | should i let my phone die completely before charging
Q 1,9 | best way to charge phone so the battery lasts longer

# wifi
P Home networks | A router tucked in a cupboard, behind a TV or on the floor in a corner spreads a weak signal. Place it high and central in the home, away from thick walls, mirrors and fish tanks.
P Home networks | In a large or multi-storey home, a mesh system of two or three units placed around the house gives more even coverage than a single router. Range extenders are cheaper but often halve the speed.
P Home networks | The 2.4 GHz band reaches further and passes through walls better, but it is slower and more crowded. The 5 GHz band is faster over short distances and gets weaker more quickly with walls in the way.
P Home networks | If the internet drops for every device at once, restart the modem or router. If only one device struggles, the problem is more likely that device or its distance from the router.
P  | Check the speed you actually get with a wired connection before blaming Wi-Fi. If speed is poor even plugged in, the problem lies with the broadband line or the provider.
P Home networks | Change the router's default admin password and use WPA2 or WPA3 encryption with a long passphrase so neighbours cannot join the network.
P Meshly Home 3-pack review | The Meshly Home kit covered our three-storey test house, including the loft office, with speeds above 300 Mbps in every room. The app nags you to subscribe to security extras, and the units run warm.
P Home networks | Powerline adapters send network data through a home's electrical wiring, useful for reaching a garden office. Speeds depend heavily on the age of the wiring.
P Home networks | Wi-Fi 6E and Wi-Fi 7 routers add a third band at 6 GHz. It is fast and uncrowded but has the shortest range of all, and only newer phones and laptops can use it.
Q 1,2,7 | wifi signal really weak upstairs in my bedroom
Q 3 | which wifi band is better, 2.4 or 5

# passwords
P Online safety | Reusing a password is risky because when one website is breached, criminals try the leaked email and password on other sites, an attack called credential stuffing. A unique password for each account stops one leak spreading.
P Online safety | A password manager generates and stores long random passwords, so you only need to remember one strong master password. Most can fill in logins on your phone and computer.
P Online safety | Two-factor authentication adds a second step at login, such as a code from an app or a physical key, on top of your password. Even if the password leaks, an attacker still cannot get in without the second factor.
P  | A long passphrase of four or five random words is easier to remember than a short jumble of symbols and harder for computers to guess.
P Online safety | Phishing emails pretend to be from banks or delivery firms and link to fake login pages. Check the address in the browser bar, and go to the site directly rather than through the link if in doubt.
P Keyvault password manager review | Keyvault synced our logins across a laptop and two phones without a hitch and warned about eleven reused passwords. The free plan is limited to one device, and the browser extension occasionally filled the wrong field.
P  | Security questions such as your mother's maiden name or first pet are easy to research. Treat the answers like extra passwords and give made-up replies stored in your password manager.
P Keyvault breach update | Keyvault says attackers who stole customer passwords in last month's breach could not get into accounts protected by two-factor authentication, because they lacked the one-time codes from users' phones. The company is now urging every customer to switch it on.
P Dunhollow Herald | Dozens of Dunhollow residents had online shopping accounts broken into after a gaming forum leaked its users' emails and passwords. Police said the criminals simply tried the same login details on other sites; only people who reused passwords were affected.
Q 1,9 | why is it bad to use the same password for everything
Q 3,8 | what is 2 step verification and why should i turn it on

# slow laptop
P Computer help | A laptop that has slowed down over the years often has too many programs launching at startup. Disable the ones you do not need in the startup settings and restart.
P Computer help | Laptops pull cool air in through slots underneath and push hot air out of the side. After a year or two those slots collect a felt of dust and pet hair, and the fan has to run flat out while the base gets hot. Blowing the vents clear with compressed air, and using the machine on a desk or tray rather than a duvet, usually brings the noise down.
P Computer help | When the storage drive is almost full, the system has no room for temporary files and updates, and everything slows down. Aim to keep at least 10 to 15 percent free.
P Computer help | Swapping an old spinning hard drive for a solid-state drive is the single biggest speed upgrade for an older laptop. Boot times often fall from minutes to seconds.
P  | Dozens of open browser tabs each use memory. If the laptop slows when many are open, more RAM or a tab-suspending extension helps.
P Computer help | A laptop battery that no longer holds a charge can often be replaced. Check the battery health report before buying a new machine.
P Novabook 14 review | The Novabook 14 stayed quiet in everyday use, but its fan roared within a minute of starting a video export, and the keyboard deck got uncomfortably warm. Battery life was a solid ten hours of browsing.
P  | Running a second antivirus program alongside the built-in one can slow a computer and cause conflicts. One active real-time scanner is enough.
P Novabook 14 long-term test | Two years on, our Novabook's fan started running constantly and the base got hot enough to be uncomfortable on a lap. A blast of compressed air through the vents cleared out a thick mat of dust and it went back to whisper-quiet.
Q 2,9 | laptop fan constantly loud and it gets really hot
Q 1,4 | old laptop takes ages to start up after i switch it on

# headphones
P Audio reviews | Active noise cancelling uses microphones to pick up steady background sound and plays an inverted sound wave to cancel it. It works best on low, constant noise such as engine drone and less well on voices or sudden sounds.
P Soundmere Q7 review | The Soundmere Q7's noise cancelling was superb on a long-haul flight, flattening engine rumble. Calls were another story: outdoors on a breezy day, callers said our voice kept cutting out behind a roar of wind.
P Halden Air Pro review | The Halden Air Pro earbuds are not the strongest at blocking noise, but their call quality impressed us. Even walking along a windy seafront, callers heard us clearly, with the mics suppressing gusts well.
P Audio reviews | Open-back headphones leak sound and let noise in, but they give a wider, more natural sense of space. They suit quiet rooms rather than commuting.
P  | Bluetooth headphones can lag slightly behind video. Many phones and streaming apps compensate automatically, but gaming remains a problem for some wireless models.
P Audio reviews | Listening at more than about 60 percent volume for hours a day can damage hearing over time. Noise-cancelling headphones help because you do not have to turn music up to drown out traffic.
P Corvo Studio 2 review | The Corvo Studio 2 is a wired pair aimed at home recording. Its flat tuning is revealing rather than exciting, and the detachable cable is a welcome touch, but the clamp force gave two testers headaches after an hour.
P  | Ear tips that fit properly make a bigger difference to noise blocking and bass than most features. Try every size in the box; many people need a different size for each ear.
P Audio reviews | Passive noise isolation is simply the sound blocked by the ear cups or tips themselves. Good isolation blocks higher-pitched sounds such as voices better than active cancelling does.
P Vantor Talk earbuds review | The Vantor Talk earbuds are built around calls, with a bone-conduction sensor that picks up your voice through your jaw. On a blustery bike ride callers heard us clearly, with almost no wind roar, though music playback is only average.
Q 3,10 | earbuds that are good for phone calls when it's windy
Q 1 | how do headphones cancel out engine noise on a plane

# tv settings
P TV buying guide | A TV's refresh rate is how many times per second it redraws the picture. A 120 Hz panel shows fast motion in sports and games more smoothly than a 60 Hz panel.
P TV buying guide | Motion smoothing, also called motion interpolation, invents extra frames between the real ones. It makes films look like video, the so-called soap opera effect; turning it off in the picture settings restores the film look.
P TV buying guide | OLED TVs produce perfect blacks because each pixel makes its own light and can switch off. LCD TVs rely on a backlight, which makes them brighter but less deep in dark scenes.
P TV buying guide | Most people who upgrade wish they had gone bigger. Measure from the sofa to where the screen will sit: for a 4K set, a viewing distance of roughly 1 to 1.5 times the screen's diagonal fills your vision without showing the pixels, so about two metres suits a 55-inch model.
P TV buying guide | A TV's own speakers are limited by its thin body. A soundbar, even an entry-level one, makes dialogue much clearer.
P  | Static logos and tickers left on screen for many hours a day can leave a permanent ghost image on OLED panels. Modern sets shift pixels slightly to reduce the risk.
P TV buying guide | Juddering on slow panning shots comes from showing 24 frames-per-second films on a 60 Hz screen, where some frames are held longer than others. TVs that can run at a multiple of 24 Hz avoid it.
P Orvell 65 OLED review | In our 2.8-metre-deep living room the 65-inch Orvell felt just right; the 55-inch model looked small from the sofa at that distance, which fits the rule of thumb of sitting one to one and a half screen diagonals away from a 4K set.
P Orvell 55 OLED setup notes | The first thing we changed was motion smoothing, which the Orvell has switched on out of the box. It made a period drama look like a cheap soap opera; with it turned off, films had their proper cinematic look back.
Q 2,9 | why do movies look weird and too smooth on my new tv
Q 4,8 | how big a tv do i need for my living room

# backups
P Data safety | Professional photographers have long followed a simple scheme that works just as well for a family's pictures: three copies of everything, on at least two different kinds of storage, such as a laptop and an external drive, with one copy kept somewhere else, such as in the cloud or at a relative's house.
P Data safety | A file-syncing service is not a true backup. If you delete or corrupt a file on one device, the change syncs everywhere. Look for version history or a separate backup service.
P Data safety | Ransomware encrypts your files and demands payment. An offline backup, on a drive that is unplugged when not in use, cannot be encrypted along with everything else.
P Data safety | Phone photos are easiest to protect by turning on automatic upload to a cloud photo service, which copies each new picture when the phone is on Wi-Fi.
P Data safety | When you sell or recycle a computer, a simple delete does not erase files. Use the built-in reset option that wipes the drive, or encrypt the drive first.
P Archivo cloud backup review | Archivo backed up our 400 GB test folder in under two days and kept 90 days of file versions. Restoring a single deleted file took four clicks, but restoring everything required ordering a shipped drive.
P Data safety | A RAID array that mirrors two drives protects against one drive dying, but it is not a backup. Delete a file or catch ransomware, and the change is copied to both drives instantly.
P Wexley Gazette | Wedding photographer Jonah Keeley lost eight years of pictures when floodwater reached the office where he kept his computer and his only backup drive. He now keeps three copies of every shoot, on two kinds of storage, one of them with an online service far from the river.
P Reader's story | I deleted what I thought was a duplicate folder on my laptop, and within a minute it had vanished from my phone and the cloud as well, because the sync service mirrors deletions everywhere. A separate backup with older versions would have saved three years of scanned letters.
Q 1,8 | how many copies of my family photos should i keep and where
Q 2,9 | isn't cloud sync the same as a backup

# harrowgate
P Harrowgate history | Harrowgate grew up around a ford on the River Lune. In 1788 the Pennock brothers built a water-powered cotton mill beside the weir, and within thirty years the village had swollen into a town of four thousand people.
P Harrowgate history | By the late 1920s cheaper cloth from abroad had been eating into orders at the Pennock works for years. When its main customer, a Manchester merchant house, went bankrupt in 1931, the owners decided against spending money on new looms and shut the Harrowgate mill for good, putting some 600 people out of work.
P Harrowgate history | After the mill closed, the building stood empty until 1954, when it reopened as a furniture factory. Since 1998 it has housed flats, a café and the town museum.
P  | The branch railway reached Harrowgate in 1862, giving the mill direct access to the port. Passenger services ended in 1966 and the old trackbed is now a cycle path to Lunemouth.
P Lunemouth history | Downstream, Lunemouth's paper mill outlived Harrowgate's cotton works by half a century, making newsprint until 1983, when the plant was sold and converted to recycling cardboard.
P Harrowgate today | Harrowgate's Thursday market has been held on Bridge Street since a royal charter of 1594. Today it has around forty stalls, and a farmers' market joins it on the first Saturday of each month.
P Harrowgate history | The great flood of 1866 swept away Harrowgate's old packhorse bridge. The stone bridge that replaced it in 1869 still carries the main road across the Lune.
P Harrowgate Museum | The Harrowgate Museum occupies the old mill's engine house and displays a working loom, which volunteers run on the second Sunday of each month. Entry is free for children.
P Lune Valley cycle path | The Lune Valley cycle path follows the old railway trackbed from Harrowgate to Lunemouth. The branch lost its passenger trains in 1966 and the rails were lifted soon after; today the nearest station is at Lunemouth, eight miles away.
Q 2 | why did the cotton mill in harrowgate shut down
Q 3,8 | what happened to the old harrowgate mill building
Q 4,9 | is there still a train line to harrowgate

# port elsby
P Port Elsby history | The lighthouse at Port Elsby was built in 1851 after the wreck of the schooner Marianne on the Skerrow Rocks, in which eleven sailors drowned. It stands 28 metres tall on the headland north of the harbour.
P Port Elsby history | Port Elsby's fishing fleet peaked at around ninety boats in the 1890s, landing herring for salting and export. By the 1960s only a dozen remained.
P  | The Port Elsby lifeboat station opened in 1867. Its crews have been awarded fourteen medals for gallantry, the latest for a night rescue from a capsized yacht in 2011.
P Visiting Port Elsby | Port Elsby makes an easy day out: the harbour has fish and chips on the quay and a small maritime museum. From Easter to October the lighthouse opens its door at weekends, and visitors can climb the 117 steps to the lantern room; children under eight must be accompanied by an adult.
P Carrow Head light | Carrow Head, twelve miles along the coast from Port Elsby, has a squat white lighthouse from 1832 that was decommissioned in 2004 and replaced by a solar-powered beacon on a mast.
P Port Elsby Gazette | The Port Elsby town council has approved a plan to repaint the lighthouse in its original red and white bands, restoring the look it had before a plain white coat was applied in the 1970s.
P  | Port Elsby's annual herring festival, revived in 1998, is held on the last weekend of August, with boat races across the harbour and a smoked fish market on the quay.
P Travel review | We climbed the Port Elsby lighthouse on a sunny Saturday in May. It is open at weekends in the season, and the 117 steps are steep, but the view from the lantern gallery over the Skerrow Rocks was worth it.
P Port Elsby Gazette | This spring marks 175 years since the schooner Marianne broke up on the Skerrow Rocks with the loss of eleven crew. The outcry that followed led directly to the building of the Port Elsby lighthouse, and a memorial service will be held on the headland.
Q 1,9 | why was a lighthouse built at port elsby
Q 4,8 | can you go inside the port elsby lighthouse

"""


def parse(data):
    """Parse the cluster blocks into passages and queries with cluster-local relevance."""
    clusters = []
    cur = None
    for line in data.splitlines():
        line = line.rstrip()
        if not line:
            continue
        if line.startswith("# "):
            cur = {"topic": line[2:].strip(), "passages": [], "queries": []}
            clusters.append(cur)
        elif line.startswith("P "):
            title, text = line[2:].split(" | ", 1)
            cur["passages"].append((title.strip(), text.strip()))
        elif line.startswith("Q "):
            rel, text = line[2:].split(" | ", 1)
            idx = [int(x) for x in rel.split(",")]
            cur["queries"].append((text.strip(), idx))
        else:
            raise ValueError("bad line: " + line)
    return clusters


def main():
    rng = random.Random(SEED)
    clusters = parse(DATA)
    passages = []  # (key, title, text)
    queries = []  # (text, [keys])
    for ci, c in enumerate(clusters):
        for pi, (title, text) in enumerate(c["passages"]):
            passages.append(((ci, pi + 1), title, text))
        for text, idx in c["queries"]:
            for i in idx:
                if not 1 <= i <= len(c["passages"]):
                    raise ValueError("bad relevance index in " + c["topic"])
            queries.append((text, [(ci, i) for i in idx]))
    texts = [p[2] for p in passages]
    assert len(set(texts)) == len(texts), "duplicate passage text"
    qtexts = [q[0].lower() for q in queries]
    assert len(set(qtexts)) == len(qtexts), "duplicate query text"
    rng.shuffle(passages)
    rng.shuffle(queries)
    doc_id = {}
    corpus_rows = []
    for n, (key, title, text) in enumerate(passages, 1):
        doc_id[key] = f"gd{n:04d}"
        corpus_rows.append({"_id": doc_id[key], "title": title, "text": text})
    query_rows = []
    qrels = []
    for n, (text, keys) in enumerate(queries, 1):
        qid = f"gq{n:03d}"
        query_rows.append({"_id": qid, "text": text})
        qrels.extend((qid, doc_id[key], 1) for key in sorted(keys, key=lambda k: doc_id[k]))
    write_beir(OUT, corpus_rows, query_rows, qrels)
    print(f"{len(clusters)} clusters, {len(corpus_rows)} passages, {len(query_rows)} queries, {len(qrels)} qrels")


if __name__ == "__main__":
    main()
