"""Generate the ProductReviewClassification task (general domain).

Short customer product reviews / feedback snippets labelled by their main issue or theme.
All sentences, templates and slot values below were written for this benchmark; brands, couriers,
shops and people are fictional. Deterministic: run from /work/main with
    python3 tasks/tools/product_review_classification.py
"""
import json
import random
import re
from pathlib import Path

SEED = 20240611
OUT = Path(__file__).resolve().parents[1] / "general" / "ProductReviewClassification"
N_TRAIN = 26  # per label
N_TEST = 42   # per label

# ---------------------------------------------------------------- slot values
SLOTS = {
    "gadget": ["Nimbra X2 earbuds", "Zentro Pulse watch", "Quillon 20k power bank", "Vantor cordless drill",
               "Lumo bike light", "Hexa mini speaker", "Corvid e-reader", "Tallis electric toothbrush",
               "Pippin baby monitor", "Strand cordless vacuum", "Orrin wireless mouse", "Fjell head torch",
               "Brio hair clippers", "Talon gaming headset"],
    "garment": ["Brindle rain jacket", "Marlow slim jeans", "Coombe wool jumper", "Halden puffer coat",
                "Tilbury work trousers", "Juniper summer dress", "Penhale school shirt", "Ashby hoodie",
                "Carrow linen shirt", "Wren sports bra", "Dunmere fleece", "Sorrel maxi skirt"],
    "shoe": ["Feltwick hiking boots", "Aster running shoes", "Selby trainers", "Rook chelsea boots",
             "Moss slippers", "Tarn walking sandals", "Kipling court shoes"],
    "thing": ["Korvane kettle", "Tessaly blender", "Oakhurst office chair", "Auralis desk lamp",
              "Marrowby backpack", "Pellora hair dryer", "Ferro non-stick pan", "Dunwich bookshelf",
              "Hollin coffee grinder", "Tamsin garden hose", "Ridley camping stove", "Bexley suitcase",
              "Calder air fryer", "Ostler toaster", "Vell standing desk", "Pimlico lunch box"],
    "shopname": ["Brightwell", "Larkspur Home", "Pennock Direct", "Wexford Outlet", "Tilly & Crane"],
    "courier": ["SwiftParcel", "Dunmore Logistics", "ParcelHop", "Kestrel Express", "Bluefinch Couriers",
                "the courier", "the delivery company"],
    "shop": ["Brightwell", "the Larkspur Home shop", "Pennock Direct", "this seller", "Wexford Outlet"],
    "n": ["2", "3", "4", "5", "6", "7", "9", "10", "11", "12", "14"],
    "weeks": ["two", "three", "four", "five", "six"],
    "date": ["the 3rd", "the 9th", "the 14th", "the 21st", "the 28th", "Monday", "Tuesday", "Friday",
             "2 March", "11 April", "17 May", "6 June", "23 July", "30 August", "12 September",
             "4 October", "19 November", "1 December"],
    "price": ["39.99", "49", "59.99", "64", "79", "89.99", "95", "120", "149", "179.99", "210", "249"],
    "low": ["8", "10", "12", "15", "18", "20", "25"],
    "extra": ["4.99", "6.50", "7.99", "9.95", "12"],
    "hours": ["2", "3", "4", "5", "6"],
    "claim": ["10", "12", "20", "24", "30", "40"],
    "rel": ["my son", "my daughter", "my wife", "my husband", "my dad", "my mum", "my flatmate",
            "my partner", "my nan", "a friend"],
    "name": ["Priya", "Tom", "Dariusz", "Megan", "Kofi", "Aisling", "Rhys", "Hana", "Marco", "Bethan"],
    "ticket": ["48213", "77120", "39954", "60418", "15572", "92031"],
    "mins": ["40", "45", "50", "55", "70", "90"],
}
SLOTS["item"] = SLOTS["gadget"] + SLOTS["garment"] + SLOTS["shoe"] + SLOTS["thing"]
SLOTS["wearable"] = SLOTS["garment"] + SLOTS["shoe"]

# ---------------------------------------------------------------- material per label
# A leading "+" marks a positive/neutral core (gets positive or neutral framing only).
CORES = {
    "delivery": [
        "Ordered on {date} and it still hasn't arrived. Tracking just says 'in transit'.",
        "Courier left it at the wrong house, I had to go knocking on doors to find my parcel.",
        "The box turned up completely crushed, one corner caved in and tape everywhere.",
        "Said next day delivery. Took {n} days.",
        "late",
        "{courier} marked it as delivered but there was nothing at my door.",
        "Driver didn't even ring the bell, just left a card saying 'sorry we missed you'. I was home all day!",
        "Order came in three separate parcels over two weeks, so I couldn't use it until the last bit showed up.",
        "Still waiting. {n} days now.",
        "Estimated delivery keeps getting pushed back. First it was Monday, then Thursday, now it just says 'soon'.",
        "Left on the doorstep in the pouring rain, box soaked right through.",
        "Shipping took forever, nearly {weeks} weeks for a {thing}.",
        "Got someone else's order instead of mine. Lovely for them I suppose.",
        "Paid £{extra} extra for express shipping and it came the same day standard would have.",
        "Delivery window was 8am to 8pm. Wasted an entire day off sat by the window.",
        "The tracking number doesn't work on the {courier} website, so no idea where it is.",
        "Parcel was chucked over my side gate and landed in the flower bed.",
        "arrived 2 weeks after the date promised at checkout, missed the birthday it was for",
        "Sent to a parcel locker miles away without asking me first.",
        "Half the order turned up. The other half was apparently dispatched separately and nobody knows where it is.",
        "Never received it. Simple as that.",
        "Courier tried to deliver at 6am on a Sunday, then marked it as a failed attempt.",
        "Needed a signature but the driver just left it in the communal hallway of my block.",
        "Took {n} days to even be dispatched and then another week sat in a depot.",
        "Ordered for Christmas, turned up in the middle of January. Bit pointless.",
        "Got the dispatch email and then... nothing. Ten days of nothing.",
        "Packaging was ripped open when it arrived and the charger was missing, someone along the way helped themselves.",
        "slow shipping and zero updates",
        "Held at customs for three weeks. Nowhere on the listing did it say it ships from overseas.",
        "Delivery got rescheduled four times.",
        "Went to my old address even though I'd updated it before placing the order.",
        "The van pulled up, the driver looked at my door and drove off. Tracking says 'access issue'. There is no access issue.",
        "Expected it Tuesday, it showed up the following Monday.",
        "{courier} lost it at the depot and had to send a second one.",
        "Where is my parcel?? {weeks} weeks!",
        "The 'proof of delivery' photo is of a front door I've never seen.",
        "+Came a day earlier than expected, well packed, no complaints about the delivery at all.",
        "Delivery was a shambles from start to finish.",
        "Box was left with a neighbour I've never met, three doors down, without a note.",
        "The parcel sat at the sorting centre for nine days without moving.",
    ],
    "build_quality": [
        "Stitching on the strap came undone after {n} weeks.",
        "The hinge snapped the first time I opened it properly.",
        "Feels really cheap, thin plastic that flexes when you press it.",
        "Paint started peeling within a month.",
        "The handle came off while I was pouring. Could've been nasty with boiling water.",
        "Zip broke on the second wear.",
        "Seams are already fraying and I've only washed it twice.",
        "Lid doesn't sit flush, there's a gap on one side you can see light through.",
        "One leg wobbles no matter how tight I do the bolts, the thread is stripped.",
        "Cracked along the edge after a short drop onto carpet.",
        "The sole started coming away from the boot after one walk in the rain.",
        "Fabric pilled after the first wash, looks ten years old.",
        "Wobbly, creaky, and the armrest is already loose.",
        "Something inside rattles when you shake it. Clearly a loose part.",
        "Flimsy. Bent the first time I used it.",
        "Looked great in the photos but in person the finish is rough and there are glue marks everywhere.",
        "The plastic clip that holds the lid snapped off on day three.",
        "The welds on the frame are messy and one already has a hairline crack.",
        "After {n} months the coating on the pan is flaking into the food.",
        "the mesh on the back tore where it joins the frame",
        "Cheap materials. You can feel it the second you pick it up.",
        "The lamp arm won't hold its position any more, it just droops onto the desk.",
        "Laces snapped and an eyelet pulled out. For walking boots that's not great.",
        "Started leaking from the base within a week.",
        "Both knobs fell off. Both!",
        "A rivet popped out of the backpack strap on the very first trip.",
        "Squeaks every time you move, something isn't fitted right inside.",
        "Hairline crack appeared in the jug after completely normal use.",
        "Mine came with a scratched screen and a chip out of the casing.",
        "The wheels on the suitcase cracked on its first flight.",
        "Buttons are already sticking and one has fallen inside the case.",
        "Poorly put together. The panels don't line up and there are sharp edges.",
        "Thin, see-through material, nothing like the thick fabric in the pictures.",
        "Handle wobbles and the screw holding it keeps working loose.",
        "Fell apart. Literally, the back panel just dropped off.",
        "The threads on the cap are so shallow it cross-threads every time.",
        "Veneer is already lifting at the corners.",
        "+Solid as a rock. Thick metal, tight seams, nothing rattles, built to last.",
        "{n} weeks in and the hood toggle has snapped and the velcro won't grip.",
        "The telescopic handle jams halfway and one side is bent.",
    ],
    "battery_and_power": [
        "Battery barely lasts {hours} hours. Box says {claim}.",
        "Won't hold a charge overnight.",
        "Takes about {hours} hours to charge fully, which is ridiculous for something this small.",
        "Dies at 30% with no warning.",
        "Doesn't turn on unless it's plugged in, so what's the point of it being cordless.",
        "Battery drains even when it's switched off.",
        "Says 20000mAh but it can't even charge my phone twice.",
        "Gets really hot while charging, which worries me.",
        "After {n} months the battery life has roughly halved.",
        "Only charges with the cable it came with, any other USB-C cable does nothing.",
        "Left earbud runs flat way faster than the right one.",
        "Needs charging every single night. They said a week.",
        "It tripped the fuse in the kitchen twice now.",
        "Keeps switching itself off mid-use.",
        "The battery indicator is useless, goes from full to empty in ten minutes.",
        "Battery swelled up and pushed the back cover off.",
        "One battery won't get through putting up a single shelf. Pathetic runtime.",
        "The charging case doesn't actually charge the buds half the time.",
        "standby drain is terrible, flat within a day of sitting in the drawer",
        "Won't charge past 80%, ever.",
        "Eats through AA batteries, I'm replacing them every week.",
        "Flashing red light, won't charge, won't turn on.",
        "Charges slower than my old one even with a fast charger.",
        "Power cuts out when you turn it up to the highest setting.",
        "Lasted one lap of the garden before dying. One.",
        "The wireless charging barely works, it takes all night and sometimes stops at half.",
        "Battery life is a joke.",
        "Sparked when I plugged it in. Not using it again.",
        "Doesn't last a full workday, need to top it up at lunch.",
        "It loses about 10% an hour doing nothing at all.",
        "The power button does nothing unless it's on the charger.",
        "Battery went from lasting all day to about two hours after the latest update.",
        "Can't get through one flight without needing a charge.",
        "The cells must be tiny, it's flat after one room of hoovering.",
        "Keeps showing 'low battery' straight after coming off charge.",
        "+Battery genuinely lasts about a week between charges, way better than my old one.",
        "Won't power up in the cold at all.",
        "Charge it overnight and by breakfast it's already down to 70%.",
        "The power adapter that came with it buzzes and gets too hot to touch.",
        "Dead after {n} charge cycles.",
    ],
    "price_value": [
        "Way overpriced for what it is.",
        "Paid £{price} and saw it for half that a week later.",
        "Not worth £{price}. You can get the same thing unbranded for a tenner.",
        "The price jumped by £{low} between adding it to my basket and checking out.",
        "For this price I expected a lot more.",
        "At £{price} it really should include the charger rather than selling it separately.",
        "Bought it at full price, then it went in the sale two days later.",
        "It's cheaper at the supermarket down the road.",
        "The 'discount' is fake, they bumped the original price up right before the sale.",
        "You're paying for the brand name and nothing else.",
        "£{price}?? Really??",
        "On top of the purchase price you need a monthly subscription to use half the features.",
        "Poor value. My old £{low} one did exactly the same job.",
        "At this price point the competition gives you twice as much.",
        "The replacement filters are £{low} each and need changing monthly, that wasn't mentioned anywhere.",
        "Honestly I'd pay maybe £{low} for this, not £{price}.",
        "Expensive. Works, but expensive.",
        "bundle deal is a rip off, cheaper to buy the bits separately",
        "Shipping added another £{extra} at the very last step of checkout.",
        "Same product as the store brand with a different logo and double the price.",
        "Too expensive for a {thing}, simple as.",
        "Would be fine at half the price.",
        "The price has gone up three times since I first looked at it.",
        "Overpriced rubbish.",
        "Felt like a bargain at the time, but you get what you pay for and I'd rather have spent more on a better one.",
        "Hard to justify £{price} when it does less than the one that's £40 cheaper.",
        "I don't mind paying for quality, but this isn't £{price} of quality.",
        "The 'premium' version is identical apart from the colour and costs £{low} more.",
        "+For the money you honestly can't beat it, cheaper than the big brands and does the same thing.",
        "Check other sites before you buy, I found it £{low} cheaper an hour later.",
        "Price per use is terrible given it only lasts one season.",
        "Ink cartridges cost nearly as much as the printer itself.",
        "+Good value, did the maths and it works out much cheaper than buying pods every week.",
        "Cost more than my weekly shop. Not worth it.",
        "The accessories are sold separately and add up to more than the main unit.",
        "Reasonable at the sale price, daylight robbery at full price.",
        "You can buy two of the rival brand for the price of one of these.",
        "It was £{price} in store and £{low} less online, same retailer.",
        "Pricey for a basic model with no extras.",
        "If it was a tenner I wouldn't mind. It wasn't a tenner.",
    ],
    "customer_service": [
        "Emailed support three times, no reply.",
        "The agent on live chat was rude and closed the conversation while I was still typing.",
        "On hold for {mins} minutes and counting.",
        "Asked for a replacement and they told me to contact the manufacturer. The manufacturer told me to contact them.",
        "Support keeps sending the same copy-paste reply that doesn't answer my question.",
        "Refund was promised on {date}, still not seen it, and nobody will give me an update.",
        "Phone line is only open 10 till 2 on weekdays. Useless.",
        "The returns process is a nightmare, I've filled in the same form three times.",
        "They promised a callback within 24 hours. That was last week.",
        "Customer service told me the warranty doesn't cover it, even though the box literally says 2 year warranty.",
        "Ticket #{ticket} closed as 'resolved'. It is not resolved.",
        "+{name} on the helpline was lovely and sorted out a replacement in five minutes. Brilliant service.",
        "Asked a simple question about compatibility and got an answer about something else entirely.",
        "They want me to pay the return postage on an item that arrived faulty.",
        "The live chat is a bot that can't understand anything you type.",
        "Complaint escalated twice, no manager has ever got back to me.",
        "I've been transferred between departments {n} times now.",
        "Staff in the shop refused to help because I bought it online.",
        "Support asked me for photos, I sent them, then they asked for the same photos again.",
        "Nobody at {shop} reads their emails apparently.",
        "Was told a replacement was on its way. It wasn't, there's no record of it.",
        "The person I spoke to was clearly reading from a script and couldn't go off it.",
        "Got hung up on. Twice.",
        "Still arguing with them about my refund {weeks} weeks later.",
        "+Had a problem and customer service went above and beyond, sent a new one before I'd even posted the old one back.",
        "Their 'we aim to reply within 48 hours' must be a joke.",
        "The contact form gives an error when you submit it and there's no phone number.",
        "Support said they'd 'look into it' and then radio silence.",
        "Each agent tells me something different about the returns policy.",
        "Was made to feel like I was lying about the fault.",
        "After-sales support is non-existent.",
        "customer service = a brick wall",
        "Took a month to get a reply and the reply was 'please contact us by phone'.",
        "Asked to speak to a supervisor and was told there isn't one.",
        "They refunded the wrong amount and now won't answer about the difference.",
        "+Really helpful chat team, answered every question about setup patiently.",
        "The helpline charges 7p a minute and still puts you on hold.",
        "Every time I call I have to explain the whole thing again from scratch because nothing is noted down.",
        "Sent a polite complaint, got a one-line reply telling me to read the FAQ.",
        "The store manager was dismissive and basically told me to go away.",
    ],
    "sizing_and_fit": [
        "Runs small. Order a size up.",
        "I'm normally a medium and the medium was huge on me.",
        "Sleeves are way too long, they go past my fingertips.",
        "Tight across the shoulders but baggy around the waist.",
        "The size chart is completely off.",
        "Shoes are narrow, my toes are squashed together.",
        "Length is fine but the waist is about two inches smaller than labelled.",
        "+Fits true to size, went with my usual 12 and it's perfect.",
        "Had to send it back for a smaller size, I was swimming in it.",
        "Even the L only fits if you've got a tiny head.",
        "The strap doesn't adjust short enough for my wrist.",
        "Trousers came up really short, I'm 5'10 and they stop above my ankles.",
        "Weird cut, boxy and short in the body.",
        "UK 9 fits like an 8.",
        "Kids' sizes are way off, the age 6-7 fits my four year old.",
        "The hood is so big it falls over my eyes.",
        "Cuffs are so tight I can barely get my hand through.",
        "Too loose around the heel, my foot slides right out.",
        "Ordered my usual size and couldn't even zip it up.",
        "sizing all over the place, the 10 is bigger than the 12 I ordered last year",
        "Too short in the leg for anyone over about 5'6.",
        "Rides up constantly, the rise is far too low.",
        "Armholes are cut so low you can see my bra from the side.",
        "Fits my feet but the toe box is so shallow my big toe rubs.",
        "Between sizes? Go up. I went down and regret it.",
        "Massive. Like a tent.",
        "Chest is fine, but it's so long it's basically a dress on me.",
        "The XS is more like a M.",
        "Collar is tiny, can't do the top button up at all.",
        "Had to exchange twice before finding a size that fitted.",
        "Waistband digs in even though it's my normal size.",
        "+Fit is spot on, snug but not tight, and the length is right for someone tall.",
        "Shoulders are so wide the seams hang halfway down my arms.",
        "Wide feet? Forget it.",
        "The legs are skin tight but the waist gapes at the back.",
        "Fitted on the model, shapeless on a normal person.",
        "Half a size too big, heel lifts with every step.",
        "Their 'one size fits all' fits nobody I know.",
        "Bust is way too small for the stated size.",
        "Couldn't get it over my calves.",
    ],
    "praise": [
        "+Love it!",
        "+Absolutely brilliant, does exactly what I wanted.",
        "+Five stars, would buy again.",
        "+Bought one for {rel} as well and they love theirs too.",
        "+Really happy with this, no complaints at all.",
        "+Exceeded my expectations.",
        "+Best purchase I've made this year.",
        "+Great product. Great everything. Thank you.",
        "+Been using it every day for {n} months and I still love it.",
        "+{rel} was sceptical but now uses it more than I do.",
        "+Fantastic, exactly as described.",
        "+10/10 would recommend to anyone.",
        "+Honestly can't fault it.",
        "+so good!! obsessed",
        "+Does the job perfectly, really pleased.",
        "+Third one I've bought, they're just great.",
        "+Wish I'd bought this years ago.",
        "+Brilliant. That's it, that's the review.",
        "+Lovely thing, makes me happy every time I use it.",
        "+Couldn't be happier with my {item}.",
        "+Perfect gift, {rel} was thrilled.",
        "+I don't usually leave reviews but this deserves one. Superb.",
        "+Everything about it is spot on.",
        "+A+++",
        "+Really impressed, can't recommend it enough.",
        "+Replaced my old one with this and it's miles better in every way.",
        "+Just what I was looking for, delighted.",
        "+Ticks every box.",
        "+Would give six stars if I could.",
        "+Genuinely one of the nicest things I own.",
        "+Works beautifully, looks great, very happy customer.",
        "+Bought on a whim and now I use it daily. Love love love.",
        "+No regrets whatsoever.",
        "+Top notch. Already told all my friends.",
        "+Did its job perfectly on our camping trip, would take it again without a second thought.",
        "+Great all round. Happy days.",
        "+Amazing, just amazing.",
        "+It's lovely. Exactly what I hoped for and then some.",
        "+Very pleased indeed, thank you {shopname}.",
        "+Everyone who sees it asks where I got it.",
    ],
    "usability": [
        "Instructions are useless, took me an hour to work out how to set it up.",
        "The app keeps logging me out, and you can't use the thing without the app.",
        "Buttons are tiny and unlabelled so I keep pressing the wrong one.",
        "Menu system is baffling, three levels deep just to change the time.",
        "A pain to clean, bits get stuck in all the little crevices.",
        "Pairing with my phone took ages and has to be redone every time.",
        "Too heavy to use one-handed.",
        "Screen is unreadable in sunlight.",
        "Assembly instructions are just pictures, no words, and half the steps are missing.",
        "The lid is really fiddly to get on and off.",
        "There's no way to turn off the beeping.",
        "Settings reset themselves whenever I close the app.",
        "Touch controls are way too sensitive, I pause my music every time I adjust an earbud.",
        "Steep learning curve for something that should be simple.",
        "The controls are on the back where you can't see them.",
        "Can't work out how to change the language from German.",
        "Fiddly to load, my arthritic hands really struggle with it.",
        "Needed a firmware update before first use, which took 40 minutes.",
        "Awkward to hold, the grip is in completely the wrong place.",
        "You need to create an account and accept marketing emails just to turn it on.",
        "not intuitive at all",
        "The dial has no markings so you're just guessing the temperature.",
        "Setting the timer takes eight button presses.",
        "The cord is so short it only works if you're right next to the socket.",
        "Impossible to empty without spilling it everywhere.",
        "The manual is written in the worst translated English I've ever read.",
        "Folding it down for storage needs two people and a YouTube video.",
        "Voice assistant never understands my commands.",
        "The icons on the display mean nothing, had to look every one up.",
        "Half the features are hidden behind a long press nobody tells you about.",
        "The latch needs so much force I'm scared I'll break it.",
        "Can only be adjusted with a special tool which is of course not included.",
        "Controls are laid out so badly I keep turning it off when I want to change mode.",
        "Took three attempts to get it connected to the wifi.",
        "The app is clunky and slow, it takes ages to do anything.",
        "Tricky to fill, the opening is far too narrow.",
        "Every time you want to swap attachments it's a fight.",
        "+Dead easy to set up, out of the box and working in two minutes without reading anything.",
        "Buttons are so stiff you need both thumbs.",
        "Has a habit of locking me out of the settings until I reset it.",
    ],
}

# Optional second sentence that reinforces the label.
DETAILS = {
    "delivery": ["Tracking hasn't moved since {date}.", "The courier's helpline just loops back to the start.",
                 "Had to take another morning off work to wait for it.", "It was meant to be a gift, too.",
                 "No text, no email, nothing.", "Apparently it's now 'with the local depot'."],
    "build_quality": ["I've barely used it.", "It's been treated gently, it's not like I threw it around.",
                      "Really poor workmanship.", "You'd expect it to last more than a few weeks.",
                      "The materials feel cheap all over.", "Something this basic shouldn't break."],
    "battery_and_power": ["I've tried a different plug and cable, same thing.", "Fully charged it before first use.",
                          "The battery is the whole point of it being portable.", "Charging it is now a daily chore.",
                          "Tried resetting it, no change.", "It's the battery, everything else is fine."],
    "price_value": ["Just not worth the money.", "Check prices elsewhere first.",
                    "Feels like a cash grab.", "Would have been fine at a sensible price.",
                    "I've had cheaper ones that were just as good.", "Bit of a rip-off really."],
    "customer_service": ["Nobody seems to care.", "I've kept copies of every email.",
                         "Still no response as I write this.", "Getting help shouldn't be this hard.",
                         "Really poor aftercare.", "The product is the least of my worries at this point."],
    "sizing_and_fit": ["Ignore the size guide.", "I'm a pretty standard build too.",
                       "Now I have to send it back and wait again.", "Measured myself twice before ordering.",
                       "The fit is just off.", "Not sure who the sizing is designed for."],
    "praise": ["Thank you!", "Couldn't recommend more.", "Will be back for more.", "Honestly delighted.",
               "Super happy.", "Just buy it."],
    "usability": ["Shouldn't need a degree to use it.", "Design clearly wasn't tested on real people.",
                  "Still haven't figured out half the functions.", "Frustrating to use every single day.",
                  "Whoever designed it has never used one.", "So fiddly."],
}

# Hand-written items mentioning a second topic where the main intent is still clear.
HARD = {
    "delivery": [
        "The {thing} itself seems fine, haven't really used it yet, but it took {weeks} weeks to arrive and the courier claimed they'd tried to deliver twice when nobody came.",
        "Nice enough product for the price. My review is about the delivery: left on the pavement outside, in full view, for hours.",
        "Can't comment on quality because it still hasn't turned up. Ordered on {date}.",
        "Customer service were actually polite about it, but that doesn't change that the parcel has been 'out for delivery' for five days.",
        "I'd happily give five stars for the product. One star because it was delivered to a house on the next street and I only got it because they were kind enough to walk it over.",
        "Fits well and the colour is nice, but it arrived three days after the holiday I bought it for, despite paying for guaranteed delivery.",
        "Decent price, but the delivery took so long I'd already bought one in a shop by the time it arrived.",
        "Works fine. The parcel though arrived ripped open and soaking wet on the doorstep, courier didn't even knock.",
        "Battery seems okay so far, not much to say. The real story is the delivery: four missed slots and a driver who insisted I wasn't in.",
        "Support answered quickly, fair play, but all they could tell me was what I knew already: {courier} has lost my parcel.",
    ],
    "build_quality": [
        "Came really quickly which was nice, but the handle snapped off the first time I picked it up.",
        "Fits perfectly, sadly the zip tore out of the fabric on the third wear.",
        "Battery is fine. Shame the casing cracked after a week in my coat pocket.",
        "Worth the money if it had lasted, but the leg split at the joint within a month.",
        "Lovely to use and dead simple to set up, but the plastic gears inside stripped after a couple of weeks.",
        "Customer service were helpful when I reported it, but the fact remains the seams came apart after one wash.",
        "Was cheap, so I wasn't expecting miracles, but the strap buckle shattering on day one is poor even so.",
        "Delivery was a day late, not bothered about that. What bothers me is the lid hinge breaking the first week.",
        "Looks gorgeous on the shelf. Touch it and the shelves sag, the board is like cardboard.",
        "Easy enough to set up, but after a fortnight the stand is so wobbly it nearly fell over.",
    ],
    "battery_and_power": [
        "Looks good and feels solid, shame the battery is dead by lunchtime.",
        "Arrived next day, easy to pair, but it won't stay charged for more than a couple of hours.",
        "Good price for what you get, but the battery only lasts a fraction of what's advertised.",
        "Comfortable to wear all day, if only the battery would last all day.",
        "Support were nice and sent a new one, but the replacement has exactly the same problem: flat within an hour.",
        "Fantastic sound, fantastic fit, but the charging case drains itself in two days even with the buds out.",
        "App is a bit clunky but I can live with that. What I can't live with is the battery going flat after a single session.",
        "Sturdy little thing, survived a drop down the stairs. Just wish it'd hold a charge for longer than a morning.",
        "Came well packed, light and solid. Won't charge though, tried three different plugs.",
    ],
    "price_value": [
        "Works fine, arrived fast, but I found it £{low} cheaper on another site the next day.",
        "It's a nice enough {thing}, nothing wrong with it. Just not £{price} nice.",
        "Battery life is okay and it does what it should, but for £{price} I expected something a lot more premium.",
        "Fits well and feels nice, but £{price} for a plain hoodie is a lot.",
        "Easy to use, well made, overpriced. The last one is the deal breaker for me.",
        "Quality is decent but identical ones are a third of the price elsewhere.",
        "Support answered my question quickly, but honestly the price is the problem: £{price} for something that costs pennies to make.",
        "Came on time and works. Only thing is I could have bought two of the supermarket version for the same money.",
        "Perfectly fine product but massively overpriced compared with everything else in its class.",
    ],
    "customer_service": [
        "The kettle leaked, fine, things break. What's not fine is support ignoring four emails about it.",
        "Great product, terrible aftercare. Nobody answers the phone when something goes wrong.",
        "Arrived broken, which happens. Then I spent two weeks being bounced between the seller and the courier with neither taking responsibility.",
        "The shoes were too small so I asked to exchange them. {weeks} weeks, five emails and two phone calls later, still no exchange.",
        "Battery died after a month, so I called. The agent said I must have dropped it and refused to even look at it.",
        "Price was good but it's not worth the hassle of their returns department, who lost my return and then accused me of never sending it.",
        "Item was fine in the end, but getting the missing part sent took six phone calls to staff who kept passing me on.",
        "My issue was tiny (a missing screw) but it took them a month and an escalation to send one out.",
        "Delivery was late, which I could forgive. The staff telling me it was my fault for not being in, when I was, I can't.",
        "Honestly I'd have kept it despite the wobble, but the way support spoke to me when I raised it means I'm returning it.",
    ],
    "sizing_and_fit": [
        "Lovely quality material and arrived early, but the size is way off, the L is more like an S.",
        "Nice boots, well made, but they're so narrow I can't wear them for more than an hour.",
        "Customer service were great about the return. The jacket itself was cut far too short in the arms though.",
        "Good price and nice colour, but the fit is all wrong, tight on the hips and loose everywhere else.",
        "Beautiful dress, the fabric's gorgeous, but it's about four inches shorter than the listing says.",
        "Really comfy soles, but order half a size up because the toe is cramped.",
        "Arrived the next day, which is great, but I'll be sending it back because the 14 fits like a 10.",
        "The material is thick and warm and the stitching's solid. Just sized for someone with a much longer torso than me.",
        "Nicely made and not expensive. Only gripe is the waistband, which is tiny even though I ordered my normal size.",
    ],
    "praise": [
        "Delivery was a day late but who cares, this is the best blender I've ever owned.",
        "Bit pricey but honestly worth it, everything about it is great.",
        "Took a minute to figure out the settings but now I can't imagine being without it. Love it.",
        "Had to charge it before first use (obviously), after that it's been flawless. Really delighted.",
        "I was worried about sizing so ordered two, but the first one was perfect and I love it. Fantastic.",
        "Packaging was a bit battered but everything inside was perfect and I'm thrilled with it.",
        "Took a chance on it despite the price and don't regret a penny. Absolutely brilliant.",
        "Didn't need customer service, didn't need the manual, didn't need anything. Just works and I love it.",
        "Came a bit later than I'd hoped but it's wonderful and {rel} adores it.",
    ],
    "usability": [
        "Battery life is great, but the app is so confusing I've given up on half the features.",
        "Arrived quickly and feels solid, but the setup is a nightmare, the instructions skip whole steps.",
        "Good value and sturdy. The controls though are fiddly and unlabelled, I'm forever guessing.",
        "Looks lovely on the counter. Actually using it is another matter, the lid takes two hands and a prayer.",
        "Plenty powerful, no complaints there, but it's so awkward to clean I've stopped using it.",
        "Comfortable to wear but the touch controls trigger constantly when you adjust them, so annoying.",
        "Support helped me eventually, but I shouldn't have needed a 30-minute call just to connect it to my phone.",
        "Great quality materials. But you need three different apps and an account just to change the settings.",
        "Nice build and decent price, but the menus are so badly designed I can't even set the clock.",
    ],
}

NEG_OPEN = ["Disappointed.", "Ugh.", "Not happy.", "2 stars.", "1 star.", "Where do I start.", "Meh.",
            "Warning to others:", "Honestly?", "Update:", "Bought this for {rel}.",
            "Bought from {shop}.", "Hmm.", "Right then.", "So.", "Frustrated."]
NEG_CLOSE = ["Not impressed.", "Would not recommend.", "Returning it.", "Avoid.", "Sort it out.", "Shame really.",
             "Won't be ordering again.", "Very disappointed.", "Two stars.", "Expected better.", "Gutted.",
             "Not good enough.", "Rubbish.", "Beware.", "Sigh."]
POS_OPEN = ["Five stars.", "Wow.", "Honest review:", "Update:", "Bought this for {rel}.",
            "Bought from {shop}.", "So.", "Right then.", "Okay."]
# Openers that name a product of the right kind for the label.
LABEL_OPEN = {
    "battery_and_power": ["Review for the {gadget}:", "Got the {gadget} last month.", "Re: {gadget}."],
    "sizing_and_fit": ["Review for the {wearable}:", "Ordered the {wearable}.", "Re: {wearable}."],
    "usability": ["Review for the {thing}:", "Got the {gadget}.", "Re: {thing}."],
    "praise": ["Review for the {item}:", "Re: {item}."],
}
POS_CLOSE = ["Highly recommend!", "Thanks!", "Very happy.", "Recommended.", "Cheers.", ":)", "Happy customer.",
             "Top marks."]


# ---------------------------------------------------------------- generation helpers
def fill(rng, text):
    return re.sub(r"\{(\w+)\}", lambda m: rng.choice(SLOTS[m.group(1)]), text)


def typo(rng, text):
    words = text.split(" ")
    cand = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
    if not cand:
        return text
    i = rng.choice(cand)
    w = words[i]
    k = rng.randrange(1, len(w) - 2)
    op = rng.randrange(3)
    if op == 0:
        w = w[:k] + w[k + 1] + w[k] + w[k + 2:]
    elif op == 1:
        w = w[:k] + w[k + 1:]
    else:
        w = w[:k] + w[k] + w[k:]
    words[i] = w
    return " ".join(words)


def style(rng, text):
    r = rng.random()
    if r < 0.12:
        text = text.lower().rstrip(".")
    elif r < 0.18:
        text = text.replace("'", "")
    if rng.random() < 0.18:
        text = typo(rng, text)
    return text


def compose(rng, label, core, details):
    pos = core.startswith("+")
    core = core.lstrip("+")
    parts = []
    r = rng.random()
    if r < 0.1 and label in LABEL_OPEN:
        parts.append(rng.choice(LABEL_OPEN[label]))
    elif r < 0.3:
        parts.append(rng.choice(POS_OPEN if pos else NEG_OPEN))
    parts.append(core)
    if rng.random() < 0.3 and not pos:
        parts.append(rng.choice(details))
    if rng.random() < 0.3:
        parts.append(rng.choice(POS_CLOSE if pos or label == "praise" else NEG_CLOSE))
    parts = [p if i == len(parts) - 1 or p[-1] in ".!?:)" else p + "." for i, p in enumerate(parts)]
    text = fill(rng, " ".join(parts))
    return style(rng, text[0].upper() + text[1:])


def build():
    rng = random.Random(SEED)
    seen = set()
    train, test = [], []
    for label in sorted(CORES):
        cores = list(CORES[label])
        rng.shuffle(cores)
        cut = int(len(cores) * 0.4)
        tr_cores, te_cores = cores[:cut], cores[cut:]
        hard = list(HARD[label])
        rng.shuffle(hard)
        tr_hard, te_hard = hard[:3], hard[3:]
        det = list(DETAILS[label])
        rng.shuffle(det)
        tr_det, te_det = det[:3], det[3:]
        for split, cs, hs, ds, n, out in (("train", tr_cores, tr_hard, tr_det, N_TRAIN, train),
                                           ("test", te_cores, te_hard, te_det, N_TEST, test)):
            items = []
            for h in hs:
                t = style(rng, fill(rng, h))
                if t.lower() not in seen:
                    seen.add(t.lower())
                    items.append(t)
            i = 0
            guard = 0
            while len(items) < n:
                guard += 1
                if guard > 5000:
                    raise RuntimeError(f"not enough material for {label}/{split}")
                core = cs[i % len(cs)]
                i += 1
                t = compose(rng, label, core, ds)
                if t.lower() in seen:
                    continue
                seen.add(t.lower())
                items.append(t)
            out.extend((t, label) for t in items[:n])
    rng.shuffle(train)
    rng.shuffle(test)
    return train, test


def write(path, rows, prefix):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for i, (text, label) in enumerate(rows):
            f.write(json.dumps({"id": f"{prefix}-{i:04d}", "text": text, "label": label}, ensure_ascii=False) + "\n")


YAML = """name: ProductReviewClassification
type: classification
domain: general
description: >-
  Short customer product reviews and feedback snippets (terse to chatty, some with typos) labelled by their main
  issue or theme: delivery, build_quality, battery_and_power, price_value, customer_service, sizing_and_fit,
  praise or usability. {n_train} train items ({per_train} per label) and {n_test} test items ({per_test} per label);
  some items mention a second topic while one theme is clearly the main point. Written for this benchmark by a
  deterministic generator (tasks/tools/product_review_classification.py) from hand-written sentences, templates
  and fictional brand, courier and shop names; train and test use disjoint sentence cores.
license: MIT
main_score: accuracy
splits:
  train: train.jsonl
  test: test.jsonl
"""


def main():
    train, test = build()
    OUT.mkdir(parents=True, exist_ok=True)
    write(OUT / "train.jsonl", train, "train")
    write(OUT / "test.jsonl", test, "test")
    (OUT / "task.yaml").write_text(YAML.format(n_train=len(train), n_test=len(test), per_train=N_TRAIN,
                                               per_test=N_TEST), encoding="utf-8")


if __name__ == "__main__":
    main()
