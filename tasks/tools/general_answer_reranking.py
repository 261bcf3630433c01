"""Generate the GeneralAnswerReranking task (domain: general).

Community Q&A style questions (home, cooking, travel, tech help, health habits, hobbies), each with a short
list of candidate answer passages. Every passage below was written for this benchmark. Questions are grouped
in topic threads; the candidates of a question are its own answers plus the answers to the neighbouring
questions of the same thread and a few extra hard negatives written to share its vocabulary while answering
something else (a different object, a neighbouring problem, the opposite situation).

Run from the repository root:  python3 tasks/tools/general_answer_reranking.py
Standard library only, deterministic output.
"""
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import task_dir, write_beir, write_task_yaml

SEED = 20240611
OUT = task_dir("general", "GeneralAnswerReranking")
Q_PREFIX = "grq"
D_PREFIX = "grd"
MIN_CANDS, MAX_CANDS = 8, 10

# Each thread: "qa" is a list of (question, [answer passages that answer it]);
# "neg" holds extra passages that share the topic but answer none of the thread's questions.
THREADS = [
    # ------------------------------------------------------------------ sourdough
    {
        "qa": [
            ("There's a layer of greyish liquid sitting on top of my sourdough starter this morning. Did I kill it?", [
                "That's hooch - alcohol the yeast give off once they've eaten through their food. It's harmless and just means the culture is hungry. Pour it off for a milder loaf or stir it back in for more tang, then feed as usual.",
                "Don't panic, it happens to everyone. The dark watery stuff means the culture ran out of flour to eat. Feed it a bit more often, or make the mix thicker, and you'll see it less. It is not mould and nothing is dead.",
            ]),
            ("how often do you have to feed a starter that lives in the fridge? i only bake on weekends", [
                "Once a week is plenty when it's cold. Take it out, discard all but a couple of spoonfuls, feed it, leave it on the counter an hour so it wakes up, and put it back. The evening before you bake, give it one feed at room temperature so it peaks when you mix the dough.",
            ]),
            ("My starter is 10 days old and still barely rises. What am I doing wrong?", [
                "Nine times out of ten it's temperature. Below about 21C a young culture crawls along. Find a warmer spot - the oven with only the light switched on works - and it should start doubling within a few days.",
                "Swap part of each feed for wholemeal or rye. Whole grains carry more nutrients and more wild yeast, and they give a sluggish culture a real kick. Also make sure you discard before every feed, otherwise the food gets too diluted to do anything.",
            ]),
            ("Is tap water OK for a sourdough starter or should I buy bottled?", [
                "Tap water is fine almost everywhere. If yours smells of chlorine, leave a jug uncovered overnight and most of it gasses off. Bottled water is a waste of money for this.",
            ]),
            ("Can you dry out sourdough starter to keep as a backup in case mine dies?", [
                "Yes, and it's worth doing. Smear a thin layer of active starter on baking paper, leave it a couple of days until it's completely brittle, snap it into flakes and keep them in a jar. To revive, soak a spoonful of flakes in water, add flour, and feed daily until it bubbles again.",
            ]),
        ],
        "neg": [
            "If your milk kefir splits into thick curds and a watery yellow layer, it fermented too long or too warm. Shake it back together, strain the grains sooner next time, or move it somewhere cooler.",
            "Opened packets of instant dried yeast keep for months in an airtight container in the freezer. Unopened sachets last until the date printed on the back, stored somewhere cool and dry.",
            "Pink or orange streaks in a starter are bacteria you don't want. No amount of feeding fixes that - throw it out, scrub the jar with hot soapy water, and start over.",
        ],
    },
    # ------------------------------------------------------------------ cast iron
    {
        "qa": [
            ("Is it true you can never use soap on a cast iron skillet?", [
                "That rule comes from when soap was made with lye, which really could strip the coating. Modern washing-up liquid is mild. A small squirt and a quick scrub won't hurt a well-seasoned pan - just don't leave it sitting in the sink.",
                "Seasoning is oil that has polymerised into a hard layer bonded to the metal, not a film of grease, so ordinary detergent won't lift it. What actually ruins it is soaking overnight and the dishwasher.",
            ]),
            ("Found orange spots all over my grandma's old skillet after it sat in the garage. Is it salvageable?", [
                "Almost certainly. Scrub with steel wool or coarse salt until you're back to bare grey metal, rinse, dry it on the hob, wipe on a very thin coat of oil and bake it upside down at about 230C for an hour. Repeat the oil-and-bake step two or three times and it'll be better than new.",
            ]),
            ("What oil should I use for seasoning cast iron?", [
                "Anything with a reasonably high smoke point: vegetable shortening, rapeseed or sunflower oil are cheap and reliable. Flaxseed gets hyped but in my experience the coating flakes off. How thinly you apply it matters far more than which bottle it came from.",
                "I've used plain white shortening for twenty years. Grapeseed is good too. I'd skip butter and extra-virgin olive oil for oven seasoning; they tend to go gummy.",
            ]),
            ("Just seasoned my pan and the surface feels tacky. What went wrong?", [
                "Tacky means too much oil went on, or it wasn't baked hot enough or long enough for the oil to fully cure. Put it back in a hot oven for another hour. If it's still gummy after that, scrub it back and redo it with coats so thin the pan looks almost dry.",
            ]),
            ("Can I simmer a tomato sauce in cast iron or will it ruin the pan?", [
                "A quick sauce is fine in a well-seasoned pan. Hours of simmering something acidic, like a big pot of chilli or marinara, will eat into the coating and can give the food a metallic taste. For long cooks use enamelled or stainless.",
            ]),
        ],
        "neg": [
            "A sticky film on a non-stick pan usually comes from cooking spray baking on at high heat. Scrub it off with a paste of baking soda and water and use a drop of oil instead next time.",
            "Carbon steel woks need seasoning too, but they're thin and heat fast, so do it on the hob: heat until the metal turns blue-bronze, then wipe on oil with a folded paper towel held in tongs.",
            "Enamelled cast iron doesn't need seasoning at all. If food gets stuck, soak it in warm water, and lift stains with a paste of baking soda. Avoid metal utensils, which can chip the enamel.",
        ],
    },
    # ------------------------------------------------------------------ rice
    {
        "qa": [
            ("Do I really need to rinse rice before cooking it?", [
                "Rinsing washes off loose surface starch, which is what makes grains gummy and clumped together. For fluffy separate grains like basmati or jasmine, rinse until the water runs mostly clear. For risotto you want that starch, so don't bother.",
            ]),
            ("What's the water ratio for plain white rice on the stove? Packet says 2:1 and it always comes out mushy", [
                "Packets nearly always overstate it. For long-grain white I use one cup of rice to one and a half cups of water: bring to the boil, lid on, lowest heat for 15 minutes, then leave it covered off the heat for 10.",
                "Start at 1 to 1.25 for jasmine and 1 to 1.5 for basmati, and adjust by a couple of tablespoons next time depending on how it turns out. Mushy just means too much liquid.",
            ]),
            ("Rice always catches and burns on the bottom of my pot. Any tips?", [
                "Use a heavy-bottomed pan and, once it boils, turn the heat right down to the very lowest setting. A thin pan on a big burner will scorch even with the right amount of water. A heat diffuser under the pot helps on gas.",
            ]),
            ("How long can cooked rice sit out before it's unsafe to eat?", [
                "Cooked rice can carry spores that survive boiling and multiply at room temperature, producing toxins that reheating won't destroy. Cool leftovers quickly, get them in the fridge within an hour or so, eat within a day and reheat until steaming hot all the way through.",
                "Don't leave it on the counter overnight. Spread it on a tray so it cools fast, then fridge it. I wouldn't keep it more than a day and I'd only reheat it once.",
            ]),
            ("Why does brown rice take so much longer than white?", [
                "Brown rice still has its bran layer, which water has to soak through before the grain can soften. Expect 40 to 45 minutes of simmering instead of 15, and a bit more liquid.",
            ]),
        ],
        "neg": [
            "Quinoa should always be rinsed in a fine sieve first. The grains are coated in saponins, which taste bitter and soapy if you skip it.",
            "Leftover cooked pasta keeps three to five days in a sealed container in the fridge. Toss it with a little oil first so it doesn't set into one lump.",
            "A rice cooker knows when to stop because once all the water is absorbed, the temperature at the bottom climbs above boiling point and a thermostat flips it over to keep-warm.",
        ],
    },
    # ------------------------------------------------------------------ knives
    {
        "qa": [
            ("What is the actual difference between honing and sharpening a knife?", [
                "Honing pushes an edge that has rolled over back into line; it removes next to no metal. Sharpening grinds metal away to make a completely new edge. You hone every few uses and sharpen a couple of times a year.",
            ]),
            ("Which whetstone grit should a beginner buy?", [
                "A combination 1000/6000 stone is the classic first buy. The 1000 side does the real work of setting the edge and the 6000 side polishes it. You only need something coarse like 220 or 400 for repairing chips or a badly neglected blade.",
                "Get a single medium stone around 1000 and learn on that before spending more. Most home cooks never need anything else.",
            ]),
            ("What angle should I hold the blade at on the stone?", [
                "Most Western kitchen knives are ground at about 20 degrees a side, Japanese ones closer to 15. Don't obsess over the exact number - holding the same angle on every stroke matters far more. Stacking two coins under the spine is a handy starting guide.",
            ]),
            ("Are those pull-through sharpeners bad for good knives?", [
                "They're not evil, but the carbide slots tear off a lot of metal and leave a rough, ragged edge. Fine for cheap knives. I wouldn't put a hard Japanese blade through one, the edge can chip in the V.",
            ]),
            ("How can I tell if my knife is actually dull?", [
                "Hold a sheet of printer paper in the air and slice down through it, or rest the blade on a ripe tomato. If it slides or tears instead of biting straight away, it's dull. If a few strokes on the honing steel don't bring it back, it's time for the stone.",
            ]),
        ],
        "neg": [
            "Chisels and plane irons are usually ground at 25 degrees and then honed with a slightly steeper micro-bevel of around 30 to make the edge last.",
            "Scissors can go on a whetstone too. Open them and sharpen only the bevelled outer edge of each blade; never grind the flat inner faces or they won't close properly.",
            "Water stones need ten minutes or so in water until the bubbles stop, while splash-and-go stones only need wetting on the surface. Oil stones should never be soaked in water.",
            "Ceramic knives are very hard and stay keen a long time, but they chip if you twist them or drop them, so don't use them on frozen food or bones.",
        ],
    },
    # ------------------------------------------------------------------ bathroom mould
    {
        "qa": [
            ("Black mould keeps coming back on the bathroom ceiling no matter how often I clean it. How do I stop it for good?", [
                "The mould is a symptom; the cause is moisture. Run an extractor fan during every shower and for 20 minutes afterwards, or open a window. If the fan barely moves air, replace it. Then clean the patches and repaint with a mould-resistant bathroom paint.",
                "Ours came back every winter until we insulated the loft above. A cold ceiling makes the steam condense right there. Once the ceiling was warmer, the problem disappeared.",
            ]),
            ("Bleach or vinegar for the black stuff in shower grout?", [
                "Bleach whitens the stain on the surface but doesn't soak into porous grout well. Neat white vinegar left for an hour gets in and kills what's underneath; scrub with an old toothbrush afterwards. And never mix the two products.",
            ]),
            ("The silicone around my bath has black spots inside it that won't scrub off", [
                "Once it's growing under the surface of the sealant you can't clean it out. Cut the old bead out with a sharp blade, clean and let the joint dry fully for a day, then run a fresh bead of sanitary silicone.",
            ]),
            ("Is a bit of mould in the bathroom actually bad for your health?", [
                "For most healthy people small patches are more nuisance than danger, but the spores can trigger asthma, allergies and irritation, and anyone with a weakened immune system should avoid it. Large areas are worth getting dealt with professionally.",
            ]),
            ("What indoor humidity should I aim for to keep mould away?", [
                "Keep relative humidity under about 60 per cent, ideally 40 to 50. A cheap hygrometer tells you where you are, and if it's consistently higher a dehumidifier makes a big difference.",
            ]),
        ],
        "neg": [
            "Wine keeps best in a cellar at around 12C with humidity near 70 per cent, so the corks don't dry out and let air in.",
            "If there's mould on bread, cutting off the visible patch isn't enough - the threads run deeper than you can see. Throw the loaf away.",
            "If towels come out of the machine smelling musty, the rubber door seal is probably harbouring mildew. Wipe it down, run an empty hot wash with soda crystals once a month and leave the door ajar between loads.",
            "A brown ring on the ceiling is a water stain, not mould - it means something is leaking from above. Find and fix the leak first, then cover the mark with a stain-blocking primer so it doesn't bleed through the new paint.",
        ],
    },
    # ------------------------------------------------------------------ painting
    {
        "qa": [
            ("Do I need primer before repainting a wall that's already painted?", [
                "If the old paint is sound and you're staying roughly the same shade, no. Wash the wall, scuff it lightly if it's glossy, and go. Primer is for bare plaster, patched areas, stains, or a big jump from dark to light.",
            ]),
            ("How long do I have to wait between coats of emulsion?", [
                "Water-based emulsion is usually touch dry in an hour or two and ready for the next coat after two to four hours, depending on temperature. Check the tin and give it longer in a cold room.",
            ]),
            ("How do I get a crisp straight line where the wall meets the ceiling?", [
                "Run masking tape along the ceiling, then seal its edge with a thin coat of the ceiling colour so any bleed is invisible. Paint the wall and pull the tape while the last coat is still a bit wet, peeling back at an angle.",
                "Learn to cut in with a good angled brush. Load it lightly, put it a few millimetres from the corner and push the paint into the line in one steady stroke. Once you get it, it's faster than taping.",
            ]),
            ("Matt, eggshell or satin for a kitchen wall?", [
                "Kitchens take a beating, so pick something wipeable - eggshell or satin. Flat matt hides lumps and bumps in the plaster but every grease mark shows and it doesn't like being scrubbed.",
            ]),
            ("Roller keeps leaving stripes and lines on the wall, what am I doing wrong?", [
                "Those are from pressing too hard or letting the edge dry before you roll into it. Load the roller properly, work a metre-wide section at a time, keep a wet edge and finish each section with light top-to-bottom passes.",
            ]),
        ],
        "neg": [
            "Oil-based gloss on doors and skirting needs 16 to 24 hours before a second coat, and longer in cold weather. Sand lightly between coats.",
            "New timber fencing that has been pressure treated should be left to weather for a few months before you stain it, otherwise the finish won't soak in.",
            "On fresh plaster the first coat should be a mist coat: emulsion thinned with roughly 10 to 20 per cent water so it soaks into the thirsty surface instead of peeling later.",
            "Gloss on skirting boards yellows over time, especially oil-based gloss in rooms that don't get much daylight. Water-based trim paints stay whiter.",
        ],
    },
    # ------------------------------------------------------------------ small repairs
    {
        "qa": [
            ("How do I stop a door hinge squeaking?", [
                "Tap the pin up and out with a nail and hammer, wipe it clean, smear it with a bit of petroleum jelly or white lithium grease and tap it back in. Spray lubricant works but wears off in a few weeks.",
            ]),
            ("Kitchen tap keeps dripping even when it's turned off hard", [
                "On an old-style tap with separate hot and cold handles, the rubber washer is worn. Shut the isolation valve under the sink, unscrew the headgear and fit a new washer. On a modern lever mixer the fix is usually a new ceramic cartridge.",
                "If cranking it tighter doesn't stop it, the seal inside has failed. A new washer costs pennies; just turn the water off under the sink before you take anything apart.",
            ]),
            ("Upstairs floorboards creak under the carpet. Can I fix that without lifting it?", [
                "Yes - find the joist with a stud finder and use one of the squeak-fix kits that drive a special screw through the carpet into the joist. The head snaps off below the pile so you never see it.",
            ]),
            ("Toilet keeps running long after flushing", [
                "Lift the lid and look. If water is trickling into the overflow pipe, the float is set too high - lower it. If not, the seal at the bottom of the cistern isn't closing properly and needs replacing.",
            ]),
            ("Wooden window sticks and is really hard to open", [
                "Timber swells in damp weather. Clean the runners and rub a candle or a dry bar of soap along them. If it's been painted shut, run a knife around the gap before forcing it.",
            ]),
        ],
        "neg": [
            "A toilet with a weak flush that needs several pumps of the handle usually has a worn siphon diaphragm, a cheap part that sits inside the cistern.",
            "A sliding patio door that drags along the floor needs its rollers adjusted with the screws at the bottom of the frame, and the track cleaned of grit.",
            "Squealing bike brakes usually mean contaminated pads or pads that hit the rim flat. Clean the rims with alcohol and angle the pads so the front edge touches first.",
            "A shower head that drips for a minute after you turn it off is just water draining out of the hose and head. That's normal and doesn't mean anything is broken.",
        ],
    },
    # ------------------------------------------------------------------ houseplants
    {
        "qa": [
            ("Why are the leaves on my monstera turning yellow?", [
                "Overwatering is the number one cause. Let the top few centimetres of soil dry out between waterings and make sure the pot actually drains. One old leaf at the bottom yellowing now and then is just normal ageing.",
            ]),
            ("How often should I water a snake plant?", [
                "Hardly ever. Every two or three weeks in summer and once a month or less in winter. They store water in their leaves, and soggy soil and root rot are what kill them.",
                "I water mine when the soil is completely bone dry all the way down, which in a warm flat is roughly every three weeks. Neglect is what they like.",
            ]),
            ("My spider plant's leaves have brown crispy tips", [
                "Usually dry air or minerals in tap water. Try rainwater or filtered water, keep it away from radiators, and trim the brown tips off at an angle with clean scissors.",
            ]),
            ("How do I know when a houseplant needs repotting?", [
                "Roots circling the bottom of the pot or poking out of the drainage holes, water running straight through, or a plant that dries out in a day. Spring is the best time, and only go up a few centimetres in pot size.",
            ]),
            ("Tiny black flies keep hovering around my plant pots - what are they?", [
                "Those are fungus gnats. Their larvae live in damp compost, so let the top layer dry out properly between waterings, and put yellow sticky traps in the pots to catch the adults.",
                "Top-dress the pots with a centimetre of sand or fine grit. The gnats can't lay eggs in dry grit, and the population crashes within a few weeks.",
            ]),
        ],
        "neg": [
            "Peace lilies like to be kept evenly moist. They droop dramatically when thirsty and perk up within hours of a drink.",
            "Fruit flies hang around the fruit bowl and the bin, not plant pots. A jar of cider vinegar with a drop of washing-up liquid and a paper cone on top traps them.",
            "Yellow leaves at the bottom of outdoor tomato plants, with brown rings on them, are often early blight. Pick off affected leaves and water at the base rather than over the foliage.",
        ],
    },
    # ------------------------------------------------------------------ tomatoes
    {
        "qa": [
            ("When is it safe to plant tomato seedlings outside?", [
                "After your last frost date, once night temperatures stay above about 10C. Harden them off first: put them out for a few hours a day for a week, building up, so the wind and sun don't shock them.",
            ]),
            ("Why are my tomatoes splitting on the vine?", [
                "Splitting happens when a dry spell is followed by heavy watering or a downpour. The fruit swells faster than the skin can stretch. Water deeply on a regular schedule and mulch to keep the soil evenly moist.",
            ]),
            ("Black leathery patch on the bottom of my tomatoes", [
                "That's blossom end rot: calcium isn't reaching the developing fruit. It's almost always caused by irregular watering rather than a lack of calcium in the soil, so adding eggshells won't help. Keep watering steady.",
                "Happened to my grow-bag plants during a heatwave when I missed a few days of watering. Affected fruit won't recover, pick them off; the later ones were fine once I watered consistently.",
            ]),
            ("Should I pinch out the side shoots on tomato plants?", [
                "For cordon types, yes - snap off the shoots that grow in the angle between leaf and stem while they're small, so the plant puts its energy into fruit. Bush varieties are left alone.",
            ]),
            ("Loads of flowers on my tomato plants but no fruit forming", [
                "Usually poor pollination. Very hot spells and very humid air stop the pollen working. In a greenhouse, gently tap the flower trusses every day around midday to shake the pollen loose.",
                "Check what feed you're using. Too much nitrogen gives you a jungle of leaves and flowers that don't set. Switch to a high-potash tomato feed once the first flowers open.",
            ]),
        ],
        "neg": [
            "Sow tomato seeds indoors six to eight weeks before your last frost date, on a warm windowsill or in a heated propagator, and pot them on once they have true leaves.",
            "Chilli and pepper plants often drop their flowers in a heatwave or if the roots are kept too wet. Once temperatures ease they usually start setting pods again.",
            "Green tomatoes left at the end of the season will ripen indoors. Put them in a paper bag with a banana, which gives off ethylene, and check every couple of days.",
        ],
    },
    # ------------------------------------------------------------------ jet lag
    {
        "qa": [
            ("Best way to beat jet lag flying east, US to Europe?", [
                "Eastward is the hard direction because you have to shift your body clock earlier. Go to bed an hour earlier for a few nights before you leave, get outside in morning daylight when you land, and avoid a long nap on the first afternoon.",
            ]),
            ("Does melatonin actually help with jet lag?", [
                "There's decent evidence that a small dose taken at bedtime at your destination helps, especially after flying east across several time zones. Check with a doctor or pharmacist if you take other medication.",
            ]),
            ("How do I avoid swollen ankles and blood clots on a 12 hour flight?", [
                "Get up and walk the aisle every hour or two, do ankle circles and calf raises in your seat, and drink water. Compression socks make a real difference for a lot of people, and anyone with a history of clots should talk to their doctor before flying.",
            ]),
            ("How do you actually manage to sleep on a plane?", [
                "Window seat so you have something to lean on, eye mask, earplugs or noise-cancelling headphones, and a neck pillow. Skip the coffee and the in-flight films and treat it like bedtime.",
                "I wear the travel pillow backwards so my chin rests on it and my head doesn't drop forward. Combined with a blanket over the seatbelt so the crew don't wake me, I get a few solid hours.",
            ]),
            ("Ears really hurt when the plane comes in to land", [
                "Swallow, yawn or chew gum during the descent. If that isn't enough, pinch your nose, close your mouth and blow very gently to pop them. Pressure-regulating earplugs help some people, and try not to be asleep as the plane descends.",
            ]),
        ],
        "neg": [
            "Melatonin for children's bedtime problems should only be used with a doctor's advice; it isn't a substitute for a regular bedtime routine.",
            "Ear pain after swimming that gets worse when you tug the earlobe is usually an infection of the ear canal, which needs drops from a pharmacist or doctor.",
            "Heading west is the easy direction: you're simply staying up later. Push through to a normal local bedtime on arrival day and most people feel fine within a day or two.",
            "For seasickness on a ferry, stay on deck in the fresh air, look at the horizon, and take ginger or an antihistamine tablet before you board rather than once you feel ill.",
        ],
    },
    # ------------------------------------------------------------------ luggage
    {
        "qa": [
            ("How do I fit a week of clothes into just a carry-on?", [
                "Roll everything, use packing cubes, and pick a small colour palette so every top goes with every bottom. Wear your bulkiest shoes and jacket on the plane and plan to do one load of laundry midweek.",
                "Three tops, two bottoms, one layer, underwear for four days and a sink wash. It sounds spartan but nobody notices you repeating outfits on holiday.",
            ]),
            ("Can I pack my power bank in my checked suitcase?", [
                "No. Spare lithium batteries, power banks included, have to travel in the cabin so a fire can be dealt with quickly. Most airlines also cap their capacity without prior approval, so check the watt-hour rating printed on it.",
            ]),
            ("What's the maximum size for toiletry bottles in hand luggage?", [
                "At most airports each container of liquid, gel or cream can be at most 100 ml, and they all have to fit in one small clear resealable bag. Some airports with newer scanners have relaxed this, so check before you fly.",
            ]),
            ("Hard shell or soft suitcase - which is better?", [
                "Hard shells protect fragile things and shrug off rain, but they scuff and don't squash into a tight overhead bin. Soft bags flex, have outside pockets, and tend to be lighter.",
            ]),
            ("My suitcase never showed up on the carousel. What do I do now?", [
                "Go to the airline's baggage desk before you leave the arrivals hall and file a report - you'll get a reference number to track it. Keep receipts for toiletries and clothes you have to buy while you wait.",
            ]),
        ],
        "neg": [
            "Vapes and e-cigarettes also have to go in your hand luggage, and you can't use or charge them on board.",
            "Four-wheel spinner cases glide through airport terminals but roll away on slopes; two-wheel cases cope better with kerbs and cobbles.",
            "Duty-free liquids bought after security can go on the plane in the sealed bag with the receipt visible, but if you change planes somewhere with stricter rules they may be confiscated.",
            "If your bag arrives damaged, report it at the airport if you can, and in any case in writing within a few days, with photos of the damage.",
        ],
    },
    # ------------------------------------------------------------------ money abroad
    {
        "qa": [
            ("Card machine abroad asked if I want to pay in my home currency or the local one. Which should I pick?", [
                "Always pick the local currency. Choosing your home currency triggers dynamic currency conversion, where the shop's provider sets the exchange rate - and it's almost always worse than your own bank's.",
            ]),
            ("What's the cheapest way to get cash when travelling?", [
                "Use a bank-owned ATM with a card that doesn't charge foreign fees, and take out larger amounts less often so per-withdrawal charges don't add up. Avoid the standalone machines in tourist areas, which add their own fees.",
            ]),
            ("How do I avoid huge roaming charges on my phone abroad?", [
                "Buy a local SIM or an eSIM data plan when you land, and switch off data roaming in settings before the plane even lands. Download offline maps before you leave.",
                "Check whether your provider has a daily travel pass first - some are cheaper than a local SIM for short trips. Either way, turn off roaming until you've sorted it.",
            ]),
            ("Do I still need to tell my bank before I travel?", [
                "Many banks don't need a travel notice any more because their fraud systems use your phone's location, but check the app - some still let you add travel dates. Either way, carry a second card in case one gets blocked.",
            ]),
            ("Do I need a plug adapter or a voltage converter for my hair dryer?", [
                "An adapter only changes the plug shape; a converter changes the voltage. Phone and laptop chargers are almost always 100-240V so an adapter is enough, but a single-voltage hair dryer needs a converter - or just buy a dual-voltage travel dryer.",
            ]),
        ],
        "neg": [
            "In some countries small shops add a surcharge for card payments under a minimum amount, so keep a few coins for coffee and bus fares.",
            "Check the small print on an electric toothbrush charger. Many are single-voltage, and plugging a 110V-only one into a 230V socket will burn it out.",
            "Contactless payment limits differ from country to country, so a tap that works at home may ask for your PIN abroad. Make sure you remember it before you go.",
            "Travel insurance bought through a credit card often only covers delayed baggage if you paid the fare with that same card.",
        ],
    },
    # ------------------------------------------------------------------ wifi
    {
        "qa": [
            ("Wi-Fi is fast right next to the router but useless in my bedroom", [
                "Walls - especially brick and concrete - and distance kill the signal. Move the router somewhere central and high, out of cupboards, or add a mesh system so there's a node near the bedroom.",
                "Run a network cable to a second access point upstairs if you can. It's less convenient than a repeater but far faster, because a repeater halves the speed it passes on.",
            ]),
            ("Internet gets really slow every evening around 8pm", [
                "Evening slowdowns when everyone on your street is streaming usually point to congestion on the provider's side. Plug a laptop straight into the router and run a speed test; if it's slow on a cable too, it's the ISP, not your Wi-Fi.",
            ]),
            ("How do I see who is connected to my Wi-Fi?", [
                "Log in to the router's admin page - the address is usually on a sticker on the router - and look for the attached devices or DHCP client list. If there's anything you don't recognise, change the Wi-Fi password.",
            ]),
            ("Do powerline adapters actually work?", [
                "They send network data over your home's electrical wiring. In many homes they work well, but speed depends on the wiring, and they need to be plugged straight into a wall socket, not an extension lead.",
            ]),
            ("Does turning the router off and on again actually do anything?", [
                "Yes. A restart clears out memory that's filled up, drops stuck connections and makes the router pick a fresh channel. Plenty of cheap routers behave better with a weekly reboot.",
            ]),
        ],
        "neg": [
            "To see which apps are eating your phone's mobile data, open the mobile data section in settings; it lists usage per app since the last reset.",
            "Coax network adapters use the TV aerial cabling already in the walls to carry internet between rooms, which suits houses with a socket in every bedroom.",
            "Mobile data crawling in a busy city centre in the evening is usually congestion on the cell tower, not your phone. Switching to Wi-Fi calling indoors helps.",
            "Bluetooth headphones only reach about ten metres through open air and much less through walls, which is why they cut out when you leave the phone in another room.",
        ],
    },
    # ------------------------------------------------------------------ laptop battery
    {
        "qa": [
            ("Is it bad to leave my laptop plugged in all the time?", [
                "Lithium-ion cells age fastest when they sit at 100 per cent and warm. Most modern laptops have a setting that caps charging at around 80 per cent - turn it on if the machine lives on your desk.",
            ]),
            ("Laptop battery suddenly drains really fast", [
                "Look at the battery usage page in settings for an app that's running wild. A browser tab or a sync program stuck at high processor use is the usual culprit. Also check whether a recent update reset your brightness and power settings.",
            ]),
            ("How do I check my laptop battery health?", [
                "On Windows, run powercfg /batteryreport in a command prompt and open the file it creates; compare design capacity with full charge capacity. On a Mac the system information panel lists the cycle count and condition.",
            ]),
            ("My laptop battery is swollen and pushing the trackpad up", [
                "Stop using it and unplug it now. A swollen lithium battery can catch fire if it's punctured or squashed. Don't press on it. Get the battery replaced by a repair shop and take the old one to a battery recycling point.",
            ]),
            ("Should I let the battery run completely flat before I charge it?", [
                "No - that advice comes from old nickel batteries. Lithium-ion prefers shallow cycles; topping up from 40 to 80 per cent is much gentler than draining it to zero.",
                "Deep discharges actually wear lithium cells faster. Plug in whenever it's convenient and don't worry about it.",
            ]),
        ],
        "neg": [
            "To check a car battery, put a multimeter across the terminals with the engine off: about 12.6 volts is fully charged, and below 12.2 it needs charging.",
            "The batteries in a desktop UPS are designed to sit at full charge for years and are simply swapped out every three to five years.",
            "Phone batteries die quickly in freezing weather because the chemistry slows down in the cold. The charge mostly comes back once the phone warms up.",
            "Most electric car makers suggest charging to 80 or 90 per cent for everyday driving and only filling to 100 per cent right before a long trip.",
        ],
    },
    # ------------------------------------------------------------------ phone
    {
        "qa": [
            ("Phone says storage is full even though I deleted hundreds of photos", [
                "Deleted photos sit in a recently deleted album for about a month and still take up space. Empty that album. Then check the storage page in settings for apps with huge caches - messaging apps are usually the worst.",
            ]),
            ("How do I move my photos over to a new Android phone?", [
                "If photo backup to the cloud is switched on, just sign in on the new phone and they'll appear. For a local copy, connect the two phones with a cable during setup and choose to copy your data.",
            ]),
            ("Is it safe to use the free USB charging points at airports?", [
                "There's a small risk that a tampered port tries to access your data. Use your own plug in a wall socket, or a charge-only cable or data blocker, and you avoid it completely.",
            ]),
            ("How often should I back up my phone?", [
                "Set automatic cloud backup to run every night while it's charging on Wi-Fi. On top of that, do a full backup to a computer before big system updates or before handing it in for repair.",
            ]),
            ("Dropped my phone in the sink - should I put it in a bag of rice?", [
                "Skip the rice. It doesn't dry the inside any faster, and starch dust gets into the ports. Switch it off, don't charge it, shake out what water you can, and leave it in front of a fan somewhere dry for a day or two.",
                "Rice is a myth. Power it down immediately and leave it alone with the SIM tray out in a well ventilated spot. Plugging it in while it's wet is what really kills phones.",
            ]),
        ],
        "neg": [
            "To bring your contacts to a new phone, first make sure they're synced to your account rather than stored only on the old SIM card.",
            "Cloud backups of a device that hasn't been used for several months may be deleted automatically, so don't count on an old phone's backup still being there.",
            "Deleted emails go to the trash folder, where they're kept for about thirty days and still count against your mailbox quota until you empty it.",
            "If you spill coffee on a laptop keyboard, turn it off and flip it upside down straight away so the liquid drains out of the keys instead of into the board.",
        ],
    },
    # ------------------------------------------------------------------ passwords
    {
        "qa": [
            ("Are password managers actually safe? Putting all my passwords in one place feels risky", [
                "Reputable ones encrypt your vault on your own device with your master password before it syncs, so the company can't read it. One well protected vault is far less risky than reusing passwords everywhere. Use a long master passphrase and turn on two-factor.",
            ]),
            ("For two-factor, are text message codes or an authenticator app better?", [
                "An authenticator app. Text codes can be stolen with SIM-swap scams, where someone talks your carrier into moving your number. A hardware security key is stronger still.",
            ]),
            ("Got an email saying my account password was changed but I didn't do it", [
                "Don't click anything in that email. Go to the site directly, use forgot password to get back in, check that the recovery email and phone haven't been changed, sign out all other sessions and switch on two-factor. If you used that password anywhere else, change it there too.",
            ]),
            ("How long should a password be nowadays?", [
                "Length beats complexity. Aim for at least 12 to 16 characters; a passphrase of four or five random words is both strong and easy to remember.",
            ]),
            ("How can I find out if my email address was in a data breach?", [
                "There are breach notification sites where you enter your address and see which known breaches included it. Many password managers also check automatically and warn you.",
            ]),
        ],
        "neg": [
            "Wi-Fi passwords using WPA2 must be between 8 and 63 characters long; anything shorter is rejected by the router.",
            "When you switch on two-factor, the site gives you one-time backup codes. Print them or store them somewhere safe so you can still get in if you lose your phone.",
            "If a shop tells you your card details were exposed in a breach, ask your bank for a new card number and keep an eye on your statements for a few months.",
            "If you've forgotten the PIN for your SIM card and it's locked, you need the PUK code, which your mobile carrier can give you after checking your identity.",
            "Texts claiming a parcel couldn't be delivered and asking you to pay a small redelivery fee are a common phishing scam. Don't tap the link; check with the courier directly.",
        ],
    },
    # ------------------------------------------------------------------ sleep
    {
        "qa": [
            ("I wake up at 3am every night and can't get back to sleep", [
                "If you're awake for more than about twenty minutes, get up, go somewhere dim and do something dull until you feel sleepy. Lying there stressed teaches your brain that bed is for being awake. Cutting back on evening alcohol helps too, since it fragments the second half of the night.",
            ]),
            ("How long before bed should I stop drinking coffee?", [
                "Caffeine has a half-life of around five to six hours, so an afternoon cup is still partly in your system at bedtime. Many sleep specialists suggest nothing caffeinated within eight hours of going to bed.",
                "I stopped having coffee after noon and fell asleep noticeably faster within a week. Remember tea, cola and dark chocolate count too.",
            ]),
            ("Are naps good or bad for you?", [
                "A short nap of 10 to 20 minutes in the early afternoon can boost alertness without leaving you groggy. Long naps, or naps late in the day, make it harder to fall asleep at night.",
            ]),
            ("Does looking at my phone before bed really affect sleep?", [
                "Bright light in the evening, including from screens, suppresses melatonin and pushes back sleepiness, and scrolling keeps your brain switched on. Dim the screen and put the phone away half an hour to an hour before bed.",
            ]),
            ("What's the best bedroom temperature for sleeping?", [
                "Cooler than most people think - around 16 to 19C. Your core temperature drops as you fall asleep, and a warm room gets in the way of that.",
            ]),
        ],
        "neg": [
            "A cup of green tea has roughly half the caffeine of a mug of filter coffee, and black tea sits somewhere in between.",
            "Evidence that blue-light glasses reduce eye strain during the working day is weak. Regular breaks from the screen help more.",
            "For babies, a room temperature of about 16 to 20C is usually recommended, with the baby dressed in a sleeping bag rather than loose blankets.",
            "Sleeping on your side and avoiding alcohol reduce snoring. Loud snoring with pauses and gasps can be sleep apnoea and is worth mentioning to a doctor.",
        ],
    },
    # ------------------------------------------------------------------ running
    {
        "qa": [
            ("My shins ache after every run. Shin splints?", [
                "Sounds like it - the classic sign of doing too much too soon. Cut back, run on softer surfaces and increase your weekly distance gradually. Pain in one specific spot that hurts to press could be a stress fracture, so get that checked.",
            ]),
            ("How fast should I be running as a beginner?", [
                "Slow enough that you could hold a conversation. Most of your runs should feel easy; it's consistency that builds fitness. Walk-run plans that alternate a minute of each are a great start.",
            ]),
            ("Do I really need expensive running shoes?", [
                "No need for the top of the range. Try a few pairs on at a running shop and pick what feels comfortable. What matters more is replacing them when the cushioning is worn out.",
                "My mid-priced pair from last year's range has done 600 km without issues. Comfort in the shop is a better guide than price.",
            ]),
            ("Keep getting a stitch in my side when I run", [
                "Slow down, breathe deeply and press your fingers into the spot until it eases. Avoid big meals and lots of fluid in the two hours before a run.",
            ]),
            ("Should I stretch before I go for a run?", [
                "Do a dynamic warm-up - leg swings, walking lunges and a few minutes of easy jogging. Save long static stretches for after the run, when your muscles are warm.",
            ]),
        ],
        "neg": [
            "Calf cramps late in a long run are mostly down to fatigue. Stop, stretch the calf gently and walk for a minute before easing back in.",
            "In a 5k race, run the first kilometre slightly slower than your goal pace; going out too fast is the most common way to blow up.",
            "Pain on the outside of the knee that starts a few kilometres into a run is often the iliotibial band. Foam rolling the outer thigh and strengthening the hips usually helps.",
            "Break in new hiking boots on short walks before a long trip. Stiff leather boots can take a few weeks to soften up.",
        ],
    },
    # ------------------------------------------------------------------ drinks
    {
        "qa": [
            ("Do I really need to drink 8 glasses of water a day?", [
                "The eight-glasses rule isn't based on strong evidence. How much you need depends on your size, activity and climate, and food and other drinks count. For most healthy adults, drinking when thirsty and having pale yellow urine are reasonable guides.",
            ]),
            ("Does coffee dehydrate you?", [
                "Caffeine is a mild diuretic, but in people who drink coffee regularly the effect is small. Overall, a cup of coffee still adds to your fluid intake rather than taking away from it.",
            ]),
            ("How much sugar is in fruit juice compared to a can of fizzy drink?", [
                "Glass for glass, many fruit juices carry roughly as much sugar as soft drinks - often 20 to 25 grams per 250 ml. The juice has vitamins, but without the fibre of whole fruit it hits your blood sugar much the same way.",
            ]),
            ("Is it bad to eat late at night?", [
                "For weight, how much you eat matters more than when. But a big meal within two or three hours of bed can cause heartburn and disturb your sleep.",
            ]),
            ("Do I need a sports drink for a 30 minute workout?", [
                "No. Water is plenty for under an hour of moderate exercise. Sports drinks are useful for long, hard sessions or heavy sweating in the heat.",
                "For half an hour in the gym, the sugar in a sports drink probably outweighs any benefit. Save them for long races.",
            ]),
        ],
        "neg": [
            "Skipping breakfast doesn't slow your metabolism; what matters is the quality and amount of food across the whole day.",
            "Adults are generally advised to keep added sugar to around 30 grams a day, which a single chocolate bar can use up.",
            "Dogs need roughly 50 ml of water per kilogram of body weight each day, more in hot weather or after exercise.",
            "Decaf coffee still contains a little caffeine, usually only a few milligrams per cup compared with around 80 to 100 in a regular one.",
        ],
    },
    # ------------------------------------------------------------------ guitar
    {
        "qa": [
            ("My fingertips really hurt since I started learning guitar. Is that normal?", [
                "Completely normal for the first few weeks. Play in short sessions several times a day rather than one long one, and calluses build within two to four weeks. Lighter strings and a lower action help a lot.",
            ]),
            ("How often should I change my guitar strings?", [
                "Depends how much you play. Regular players change them every one to three months, or whenever they sound dull, won't stay in tune or look discoloured.",
            ]),
            ("F barre chord just buzzes no matter what I do", [
                "Roll your index finger slightly onto its bony side, keep it right behind the fret, put your thumb behind the middle of the neck and use the weight of your arm rather than squeezing harder.",
                "Everyone struggles with the F. Practise the shape further up the neck, at the fifth fret, where it takes less pressure, then slide it back down as your hand gets stronger.",
            ]),
            ("Should a beginner start on acoustic or electric?", [
                "Whichever makes you want to pick it up every day. Electric is easier on the fingers with lighter strings and lower action; acoustic is self-contained and needs no amp.",
            ]),
            ("My guitar goes out of tune really quickly", [
                "New strings stretch for days. After fitting them, pull each one gently away from the fretboard and retune a few times. Changes in temperature and humidity also shift tuning, and a sticky nut can make strings jump.",
            ]),
        ],
        "neg": [
            "Pianos should be tuned once or twice a year, and after being moved, because changes in humidity shift the pitch of the strings.",
            "Wrist pain while playing often comes from bending the fretting wrist sharply. Raise the guitar with a shorter strap so the wrist can stay straighter.",
            "Ukulele nylon strings take one to two weeks to settle and will need retuning constantly at first. That's normal for nylon.",
            "If all the open strings buzz everywhere on the neck, the action is set too low or the neck is bowed. A setup at a guitar shop adjusts the truss rod and saddle.",
        ],
    },
    # ------------------------------------------------------------------ photography
    {
        "qa": [
            ("Why do my photos come out blurry indoors in low light?", [
                "Your shutter speed is too slow to hand-hold. A rule of thumb is at least one over the focal length. Raise the ISO, open up the aperture, use stabilisation, or put the camera on something solid.",
            ]),
            ("How do I get that blurry background in portraits?", [
                "Use a wide aperture - a small f-number like f/1.8 - a longer focal length, and put your subject close to you and far from the background.",
                "Zoom in rather than walking closer, and move the person away from the wall behind them. The more distance behind the subject, the softer it gets.",
            ]),
            ("Shoot RAW or JPEG?", [
                "RAW keeps everything the sensor recorded, so you have far more room to fix exposure and white balance afterwards, at the cost of bigger files that need processing. If you never edit, JPEG is fine.",
            ]),
            ("What is the rule of thirds?", [
                "Imagine the frame split by two horizontal and two vertical lines into nine boxes. Putting your subject along those lines or where they cross usually looks more balanced than dead centre.",
            ]),
            ("Why do my photos of snow look grey?", [
                "The camera's meter assumes everything should average out to mid-grey, so a bright white scene gets underexposed. Dial in one to two stops of positive exposure compensation.",
            ]),
        ],
        "neg": [
            "The golden hour, just after sunrise and before sunset, gives warm, soft, low light that flatters faces and landscapes.",
            "Phones that save HEIF instead of JPEG produce files about half the size at similar quality, but some older software can't open them.",
            "For smooth video when panning, set the shutter speed to about double the frame rate. A very fast shutter makes movement look choppy.",
            "When the person has the sun behind them, their face comes out dark. Use a little fill flash or switch to spot metering on the face.",
        ],
    },
    # ------------------------------------------------------------------ aquarium
    {
        "qa": [
            ("What does it mean to cycle a new fish tank?", [
                "It means growing colonies of bacteria in the filter that turn toxic ammonia into nitrite and then into much less harmful nitrate. It takes around four to six weeks, and a test kit tells you when it's done.",
            ]),
            ("My aquarium water turned milky white a few days after setting it up", [
                "That's a bacterial bloom, very common in new tanks. It clears up on its own in a few days to a week. Don't do massive water changes or add chemicals, you'll only prolong it.",
            ]),
            ("How often should I do water changes in my aquarium?", [
                "Around 20 to 25 per cent every week for most community tanks. Treat the new water with dechlorinator and get it close to the tank temperature.",
                "Little and often beats big occasional changes. I do 20 per cent every Sunday and my nitrates stay low.",
            ]),
            ("Can a betta live with other fish?", [
                "Males will fight other bettas and nip fish with long flowing fins. In a tank of 40 litres or more, peaceful bottom dwellers like corydoras or snails often work, but watch closely the first week.",
            ]),
            ("Green algae keeps covering the glass of my tank", [
                "Too much light or too many nutrients. Cut the lights to six to eight hours a day, don't overfeed, and add a few nerite snails to graze it.",
            ]),
        ],
        "neg": [
            "Goldfish shouldn't share a tank with tropical fish; they prefer cooler, unheated water and produce much more waste.",
            "Rinse the filter sponge in a bucket of old tank water, never under the tap, roughly once a month so you don't kill the bacteria living in it.",
            "A garden pond turning pea-green in spring is free-floating algae. A UV clarifier in the pump line clears it within a couple of weeks.",
            "Cloudy swimming pool water usually means chlorine or pH are off. Test both, shock the pool if chlorine is low, and run the filter longer.",
        ],
    },
]


def main() -> None:
    rng = random.Random(SEED)
    texts = []  # (text, thread index)
    queries = []  # (query text, [positive texts], thread index)
    for ti, th in enumerate(THREADS):
        for q, pos in th["qa"]:
            queries.append((q, pos, ti))
            texts.extend((p, ti) for p in pos)
        texts.extend((n, ti) for n in th["neg"])
    all_texts = [t for t, _ in texts]
    assert len(set(all_texts)) == len(all_texts), "duplicate passage"
    assert len({q for q, _, _ in queries}) == len(queries), "duplicate query"

    # doc ids assigned in a shuffled order so ids carry no signal
    order = list(range(len(texts)))
    rng.shuffle(order)
    doc_id = {}
    for n, i in enumerate(order):
        doc_id[texts[i][0]] = f"{D_PREFIX}-{n + 1:04d}"
    thread_docs = {}
    for t, ti in texts:
        thread_docs.setdefault(ti, []).append(t)

    q_rows, qrels, cand_rows = [], [], []
    for n, (q, pos, ti) in enumerate(queries):
        qid = f"{Q_PREFIX}-{n + 1:03d}"
        assert 1 <= len(pos) <= 3
        negs = [t for t in thread_docs[ti] if t not in pos]
        rng.shuffle(negs)
        size = min(MAX_CANDS, len(pos) + len(negs))
        cands = pos + negs[: size - len(pos)]
        assert MIN_CANDS <= len(cands) <= MAX_CANDS, (q, len(cands))
        rng.shuffle(cands)
        q_rows.append({"_id": qid, "text": q})
        qrels.extend((qid, doc_id[p], 1) for p in pos)
        cand_rows.append({"query_id": qid, "candidates": [doc_id[c] for c in cands]})

    corpus_rows = sorted(({"_id": doc_id[t], "title": "", "text": t} for t in all_texts), key=lambda r: r["_id"])
    write_beir(OUT, corpus_rows, q_rows, qrels, candidates=cand_rows)
    n_pos = [len(p) for _, p, _ in queries]
    n_cand = [len(r["candidates"]) for r in cand_rows]
    cand_range = str(min(n_cand)) if min(n_cand) == max(n_cand) else f"{min(n_cand)}-{max(n_cand)}"
    description = (
        "Rerank candidate answers to everyday community Q&A questions (home repair, cooking, travel, tech help,\n"
        f"health habits, hobbies). {len(queries)} questions, each with {cand_range} candidate passages\n"
        f"of which {min(n_pos)}-{max(n_pos)} answer it ({sum(n_pos)} positives, {len(corpus_rows)} passages in all). "
        "Negatives are hard:\n"
        "answers to neighbouring questions of the same topic thread and passages written to share the vocabulary\n"
        "while answering something else. All text was written for this benchmark and assembled by\n"
        "tasks/tools/general_answer_reranking.py with a fixed seed.\n"
    )
    write_task_yaml(OUT, "reranking", description)
    print(f"{len(queries)} queries, {len(corpus_rows)} passages, {sum(n_pos)} positives, "
          f"candidates {min(n_cand)}-{max(n_cand)}")


if __name__ == "__main__":
    main()
