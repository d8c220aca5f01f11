"""Write the bundled demo archive (``tweets.js``, ``account.js``) for the fictional @sunnydale_bakes.

    python -m trainer.demo.make_demo_archive          # rewrites trainer/demo/*.js

Every sentence part below was written for this project; the bakery, the town and every account are
fictional (links use the reserved ``example.com`` / ``example.org`` domains). Posts are put together
from the parts with a seeded random generator, so the output is the same on every run. The archive
has retweets, replies (with ``in_reply_to_*`` fields), a few self-reply threads, links, HTML
entities (``&amp;`` as X writes them), emoji, a little right-to-left text, multi-line posts and
one- or two-word posts, so every row of the data table is non-zero.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import string
from datetime import UTC, datetime, timedelta
from pathlib import Path

SEED = 20230218
HANDLE = "sunnydale_bakes"
DISPLAY_NAME = "Sunnydale Bakes 🍞"
ACCOUNT_ID = "1499218305520693249"
ACCOUNT_CREATED = "2022-03-03T14:12:09.000Z"
START = datetime(2022, 3, 5, tzinfo=UTC)
END = datetime(2024, 2, 24, tzinfo=UTC)
TWITTER_EPOCH_MS = 1288834974657

# How many posts of each kind (roughly 720 in all).
PLAN = {
    "bake": 120,
    "starter": 34,
    "weather": 62,
    "event": 56,
    "customer": 70,
    "pun": 46,
    "morning": 40,
    "tip": 30,
    "notice": 30,
    "thought": 40,
    "link": 46,
    "reply": 78,
    "retweet": 56,
    "short": 70,
}

# ---------------------------------------------------------------------------------------------
# Things the bakery makes. Seasonal ones only show up in their season.

BREADS = [
    "country sourdough",
    "seeded rye",
    "honey oat sandwich loaf",
    "cinnamon raisin swirl",
    "olive and rosemary focaccia",
    "baguettes",
    "spelt loaf",
    "challah",
    "potato rolls",
    "jalapeño cheddar bread",
    "cranberry walnut loaf",
    "brioche",
    "ciabatta",
    "pretzel rolls",
    "caraway rye",
    "whole wheat batard",
    "garlic knots",
    "morning buns",
    "croissants",
    "pain au chocolat",
    "kouign-amann",
    "cheddar chive scones",
    "blueberry muffins",
    "sticky buns",
    "cardamom knots",
    "everything bagels",
    "English muffins",
    "soda bread",
    "fig and fennel loaf",
    "sesame semolina loaf",
    "milk bread",
    "ham and gruyère croissants",
    "lemon poppyseed loaf",
    "chocolate babka",
    "multigrain boule",
]

SEASONAL = {
    "spring": [
        "hot cross buns",
        "rhubarb crumble bars",
        "lemon curd tarts",
        "wild garlic focaccia",
        "asparagus and goat cheese galettes",
    ],
    "summer": [
        "zucchini bread",
        "peach galettes",
        "strawberry shortcakes",
        "tomato focaccia",
        "blueberry hand pies",
        "sweet corn muffins",
    ],
    "autumn": [
        "pumpkin loaf",
        "apple hand pies",
        "pear and ginger scones",
        "maple pecan sticky buns",
        "cider doughnuts",
        "sweet potato rolls",
    ],
    "winter": [
        "stollen",
        "panettone",
        "gingerbread",
        "cranberry orange scones",
        "cinnamon stars",
        "chocolate peppermint babka",
    ],
}

STAFF = ["Rosa", "Theo", "Dev"]

# ---------------------------------------------------------------------------------------------
# Bake announcements: opener + middle (+ closer).

BAKE_OPENERS = [
    "{B} just came out of the oven.",
    "First tray of {b} is out.",
    "{B} is back on the shelf today.",
    "We made a double batch of {b} this morning.",
    "The {b} turned out gorgeous today.",
    "Today's special: {b}.",
    "Rosa talked me into making {b} again.",
    "{B} and {b2} on the counter right now.",
    "New on the menu this week: {b}.",
    "Just pulled {n} loaves of {b} out of the deck oven.",
    "Somebody asked for {b} on Tuesday, so here we are.",
    "Tried a new shaping method on the {b} today.",
    "The {b} got an extra hour in the fridge overnight and it shows.",
    "{B} for the early birds, {b2} for everybody else.",
    "Theo scored all the {b} this morning by himself.",
    "We're experimenting with {b} made with Millpond Farm flour.",
    "Small batch of {b} today, the kind I make when nobody's watching.",
    "Our {b} came out a little darker than usual.",
    "Back by popular demand (well, by two people asking very nicely): {b}.",
    "Baked {b} with the last of this season's flour.",
]

BAKE_MIDDLES = [
    "The whole block smells like it.",
    "Crust is crackling, crumb is open, I'm very proud.",
    "Come early, there are only {n} of them.",
    "They'll be gone by ten if last week is anything to go by.",
    "I may have eaten one already. Quality control.",
    "Still warm if you hurry.",
    "Ask for the end piece, it's the best part.",
    "We're saving a few for the lunch crowd this time, promise.",
    "Listen closely and you can hear the crust crackle as it cools.",
    "Dev says it's the best batch we've done. Dev says that every week.",
    "A little lopsided, a lot delicious.",
    "Pairs very well with salted butter and a quiet morning.",
    "The secret is patience. And butter. Mostly butter.",
    "It took three tries to get right and I'm not telling you about the first two.",
    "We'll put one aside for you if you call ahead.",
    "Half the batch is already spoken for by the library staff.",
    "The crumb shot alone made my whole week.",
    "They'll keep for three days in a paper bag, if they last that long.",
    "Slice it thick and toast it, trust me.",
    "Made with local eggs and a little too much enthusiasm.",
    "Bread & butter, that's the whole plan for today.",
    "Salt & pepper on top, trust the process.",
    "Crunchy outside & soft inside, the way it should be.",
]

BAKE_CLOSERS = [
    "",
    "",
    "",
    "",
    "See you soon!",
    "🍞",
    "🥐",
    "Door's open at 7.",
    "Bring a friend.",
    "Cash or card, either works.",
    "#sourdough",
    "#bakerylife",
    "#smalltown",
    "#shoplocal",
    "Happy {weekday}!",
    "☕️ is on too.",
]

# ---------------------------------------------------------------------------------------------
# The sourdough starter, Gertrude.

STARTER_EVENTS = [
    "doubled in four hours this morning",
    "smells like bananas today, which is new",
    "is sulking in the cold back room",
    "got fed rye flour as a treat",
    "turned seven years old this week",
    "had a layer of hooch on top this morning, I neglected her",
    "climbed right out of her jar overnight",
    "went on vacation in the fridge while we were closed",
    "is bubbling like a hot tub",
    "got split in half so Mrs. Patel could start her own",
    "is officially older than Theo's little brother",
    "is being extremely dramatic about the humidity",
    "made the best loaf of the month and knows it",
    "got a new jar with a proper lid. She seems pleased",
    "had a slow start but came through by noon",
    "was fed at 4am and was ready by 9, right on schedule",
    "has been sharing her jar with some very happy wild yeast",
    "gets fed twice a day in summer and once in winter",
]

STARTER_REACTIONS = [
    "That's my girl.",
    "We are so proud of her.",
    "Sourdough people will understand.",
    "She has more followers than I do at this point.",
    "Please do not ask how much flour she eats.",
    "Ask for a scoop if you want to start your own, we're always happy to share.",
    "Gertrude update over.",
    "I talk to her every morning. Don't judge.",
    "If you want a piece of her, bring a clean jar.",
    "Rosa thinks I spoil her.",
    "Bread tomorrow is going to be very good.",
    "Never a dull moment with that jar.",
]

# ---------------------------------------------------------------------------------------------
# Weather, by season, and what it does to the bakery.

WEATHER = {
    "spring": [
        "Rain all morning on Main Street",
        "First properly warm day of the year",
        "The cherry tree in front of the library bloomed overnight",
        "Pollen everywhere, the windowsill is yellow",
        "Thunderstorm rolled through at 5am",
        "Windy enough to blow the sandwich board halfway to the post office",
        "Grey and drizzly, proper soup weather",
        "Sunny and cool, the kind of spring day you want to bottle",
    ],
    "summer": [
        "It's going to hit 95 degrees today",
        "Humid enough that the dough rises before I can turn around",
        "Heat wave, day four",
        "Big orange sunrise over the river this morning",
        "Afternoon thunderstorm knocked the power out for ten minutes",
        "Finally a cool breeze coming off the river",
        "Hazy, hot and sticky",
        "Beautiful clear morning, not a cloud over the water tower",
    ],
    "autumn": [
        "Leaves everywhere on the sidewalk this morning",
        "First frost on the windshields today",
        "Foggy morning down by the river",
        "Cold, bright and crisp",
        "The maples on Elm Street have gone full orange",
        "Rain and wind all night, the awning survived",
        "Sweater weather is officially here",
        "Warm afternoon for October, nobody is complaining",
    ],
    "winter": [
        "Snow overnight, about six inches on Main Street",
        "Ice on the front steps this morning",
        "It was four degrees when I unlocked the door",
        "The power flickered twice before dawn",
        "Freezing rain, everything is glazed like a doughnut",
        "Grey, windy and bitter out there",
        "Quiet snowy morning, the plows haven't come yet",
        "Sunny but cold enough to hurt",
    ],
}

WEATHER_EFFECTS = {
    "any": [
        "so please be careful out there, we'll be here when you get here.",
        "and Theo still showed up on his bike. Hero.",
        "and the window seat has a perfect view of it.",
        "and Biscuit refuses to leave his spot on the mat.",
        "so the bread is going to be a bit more sour than usual. No complaints.",
    ],
    "cold": [
        "so the dough is proofing slow and I'm drinking an extra coffee.",
        "and honestly the bakery is the coziest place in town right now.",
        "which means soup and bread season is here, and I'm thrilled.",
        "so coffee is half price for anyone who walked here.",
        "so we moved the rye to the warm corner by the oven.",
        "which makes this a fine day to stay inside and knead something.",
    ],
    "warm": [
        "so we're keeping the ovens low and the front door propped open.",
        "so the dough is rising faster than we can shape it.",
        "so iced coffee is half price until noon.",
        "and the butter for the croissants lives in the walk-in until the last possible second.",
        "so we're baking early and closing the oven doors by ten.",
    ],
}

# ---------------------------------------------------------------------------------------------
# Local events.

EVENTS = {
    "any": [
        ("The farmers market", "this Saturday, 8 to noon"),
        ("The library book sale", "this weekend"),
        ("Story hour at the library", "on Thursday"),
        ("The fire station pancake breakfast", "on Sunday morning"),
        ("The high school jazz band concert", "Friday night"),
        ("Trivia night at the Grange hall", "on Wednesday"),
        ("The Sunnydale Historical Society walking tour", "on Saturday afternoon"),
    ],
    "spring": [
        ("Spring cleanup day at Riverside Park", "this Saturday"),
        ("Opening day for the Sunnydale Otters", "this weekend"),
        ("The school plant sale", "on Friday"),
    ],
    "summer": [
        ("The Fourth of July parade", "on Tuesday"),
        ("Movie night on the town green", "this Friday"),
        ("The Sunnydale 5K", "on Saturday morning"),
        ("The county fair", "next week"),
    ],
    "autumn": [
        ("The Harvest Fair", "this weekend"),
        ("Trick-or-treat on Main Street", "on the 31st"),
        ("The apple festival out at Millpond Farm", "on Sunday"),
        ("The church rummage sale", "on Saturday"),
    ],
    "winter": [
        ("The Winter Lights parade", "on Saturday night"),
        ("The holiday craft fair at the Grange hall", "this weekend"),
        ("Caroling on the library steps", "Friday evening"),
        ("The polar plunge at the river", "on New Year's Day"),
    ],
}

EVENT_OPENERS = [
    "{E} is {when}!",
    "Reminder: {e} is {when}.",
    "Don't forget, {e} is {when}.",
    "Who's going? {E} is {when}.",
    "Mark your calendars: {e} is {when}.",
]

EVENT_PARTS = [
    "We'll have a table with {b} and {b2}.",
    "We're donating a few dozen {b} to help out.",
    "Stop by the shop on your way for a coffee and {b}.",
    "We'll be there with samples and terrible puns.",
    "The shop will close early so the whole crew can go.",
    "Rosa is running our booth, so be nice to her.",
    "Proceeds from every {b} we sell that day go to the library fund.",
    "We'll be open extra early for anyone heading over.",
    "Look for the yellow tent and the smell of {b}.",
    "Dev will be handing out free day-old bread at the end.",
]

EVENT_CLOSERS = [
    "",
    "",
    "See you there!",
    "Can't wait.",
    "Bring cash, the signal out there is terrible.",
    "Wear comfortable shoes.",
    "It's the best day of the year, fight me.",
    "#sunnydale",
]

# ---------------------------------------------------------------------------------------------
# Customers and the shop. Complete posts.

CUSTOMERS = [
    "A little kid just asked if croissants are bread that went to the gym. Yes. Yes they are.",
    "Mr. Okafor has bought the same seeded rye every Tuesday for two years. Today he tried the spelt and I nearly dropped the tongs.",
    "Someone left a thank-you note under the door saying our focaccia got them through finals week. I'm not crying, it's the onions.",
    "Had a customer pay for the next three people's coffee this morning. Sunnydale, you're good people.",
    "A gentleman asked if we sell gluten-free bread. We don't, but we pointed him to the co-op, and he came back to tell us he found some. Sweet man.",
    "Today's most asked question: is it too early for pumpkin? It is never too early for pumpkin.",
    "The high school cross country team came in after practice and cleared out every muffin in four minutes flat.",
    "Regular customer brought us tomatoes from her garden. We are making tomato focaccia and she is getting the first slice.",
    "A toddler pressed his face against the pastry case for ten full minutes. Mood.",
    "Someone asked if we deliver to the next county. We don't, but I admire the commitment.",
    "Mrs. Alvarez taught Theo how to braid challah properly today. Our Friday loaves are about to get a lot prettier.",
    "Two strangers reached for the last baguette at the same time and ended up splitting it and sitting together. Bread brings people together.",
    "A customer told me our sourdough tastes like her grandmother's in Lyon. Highest compliment I've ever received.",
    "The mail carrier gets a free cookie every day. It's in the bylaws. I wrote the bylaws.",
    "Had a couple from out of town ask where the locals eat. I said, you're standing in it.",
    "Somebody ordered a birthday cake shaped like a loaf of bread. We made a loaf-shaped cake. It's a cake. It's bread. Nobody knows anymore.",
    "A kid paid for a cookie entirely in dimes today. Respect.",
    "Retired teacher comes in every morning and does the crossword at the window table. Today she asked us for help with 14 down. We failed her.",
    "Biggest order of the year: the Otters' end-of-season party wanted 200 dinner rolls. We did it. Barely.",
    "Someone asked me what the difference is between a bun and a roll. I've been thinking about it for three hours.",
    "A man walked in, sniffed the air, said 'rye', bought rye, left. Efficient.",
    "Lady at the counter told me she's been coming here since it was the old hardware store. It was a hardware store until 2021, but I appreciate the loyalty.",
    "The firefighters came in for coffee after a night call. Everything was on the house. Thank you, Station 7.",
    "A customer taught me that focaccia with grapes on top is a thing in Tuscany. It's a thing here now too.",
    "Had a little girl ask if our starter has a name. When I said Gertrude she laughed so hard she had to sit down.",
    "Someone bought a dozen croissants and said they were 'for the office'. Sir, you work from home. We know.",
    "The library staff have a standing order for Thursday morning buns. It's the best standing order we have.",
    "Our oldest regular turned 94 today. She got a candle in her cinnamon roll and the whole shop sang.",
    "Customer asked if we could slice a loaf thinner. Dev got out a ruler. We're a full-service bakery.",
    "Someone returned a bread knife they borrowed in 2022. Better late than never.",
    "A family stopped in on a road trip and said they drove an extra twenty minutes because of our reviews. That's the nicest thing.",
    "Tourist asked if Sunnydale has a famous landmark. I said the water tower and the cinnamon rolls. In that order? No, the other way around.",
    "Today a customer gave us a jar of honey from her own bees. Honey oat loaf is going to be extra honey-y this week.",
    "The new dentist on Elm Street came in, bought six sticky buns, and made me promise not to tell her patients.",
    "A regular brought his new puppy to meet Biscuit. They are best friends now. We have a dog-friendly patio, apparently.",
    "Someone left an umbrella here in April. It's still here. It's part of the decor now.",
    "Kid asked if bread grows on trees. Told him it grows in ovens. He seemed satisfied with that.",
    "A customer asked for 'the bread from last Tuesday with the seeds and the vibes'. It was the multigrain. We knew.",
    "The crossing guard from the elementary school gets her coffee here every morning. She has a better memory for orders than I do.",
    "Had a couple get engaged at the window table this morning. He hid the ring in a napkin, not a pastry, thank goodness.",
    "Someone asked if our bread is organic. Some of it! Millpond Farm's flour is, and we say so on the labels.",
    "Our Thursday regular brings her knitting and has now made scarves for every member of staff.",
    "A man asked me if I ever get tired of bread. I do not. Next question.",
    "Today's record: eleven people in line at 7:01. Thank you for being patient with us.",
    "Someone called to ask if we're open. We answered the phone, so yes.",
    "A little boy told me his dad makes better bread than us. His dad was standing right there, looking very proud and very embarrassed.",
    "A regular left a note on the counter that just said 'the rye <3'. Framing it.",
    "Sold a loaf to a dad & his twins this morning. The twins negotiated for two cookies each & won.",
    "Customer of the week: the man who brings his own butter dish to eat his croissant at the counter. Elegant.",
    "A teenager came in to ask for a job application and left with a summer job and a free scone. Welcome aboard.",
    "Somebody asked what our most popular item is. It's the country sourdough, by a mile, every single week.",
    "The book club from Hazel's next door placed a standing order for scones on the first Monday of every month. Literary scones.",
    "Mrs. Haddad brought us ka'ak to try and taught me to say thank you: شكرا جزيلا. It was wonderful.",
    "A visitor from Tel Aviv wrote בתיאבון on our chalkboard. It means enjoy your meal, and we're keeping it.",
    "Today a customer asked if we can make a sourdough starter for her wedding guests. Gertrude is going to be a bridesmaid.",
    "Someone bought every single scone in the case for a baby shower. The rest of you will have to wait until tomorrow.",
    "Local artist asked to hang paintings in the shop. The walls look amazing now, come see.",
    "An older gentleman paid with a two-dollar bill and told me it was lucky. He said to spend it on flour. I did.",
    "Our neighbor at the hardware store traded us a new hinge for two loaves. The barter economy lives on Main Street.",
    "First day of school today. Lots of parents came in after drop-off looking like they needed a muffin. We understand.",
    "The Otters won last night and half the team came in this morning still wearing their jerseys.",
    "Had a customer ask if the cinnamon rolls are vegan. They are very much not. They are made of butter and dreams.",
    "Someone brought their grandma in for her first visit and she told me my crust was 'respectable'. I'll take it.",
    "Our window got fogged up from the ovens and some kid drew a smiley face on it. Leaving it there all day.",
    "The guy from the water department came in, looked at our pipes, and bought a baguette. Everything's fine.",
    "A customer told me she drives past three other bakeries to get to us. I told her to be careful on the highway.",
    "Somebody asked if our croissants are made with real butter. Reader, they are more butter than croissant.",
    "College kids home for break came in asking for 'the cinnamon thing'. Welcome home, we missed you.",
    "A man bought a loaf, came back an hour later, bought another. He said the first one didn't make it home.",
    "Mystery: who keeps leaving a single daisy on the bench outside? Whoever you are, thank you.",
    "A regular asked us to name a bread after her cat. The Marmalade Loaf is now orange zest and cranberry. Marmalade approves.",
    "Had a lovely chat with a man who used to bake bread in the Navy. He says our ovens are luxury compared to his.",
]

# ---------------------------------------------------------------------------------------------
# Puns. Complete posts.

PUNS = [
    "I knead you to know that we're open late tonight.",
    "Our bread is so good it's un-be-leaf-able. Wait, that's the salad place. It's un-loaf-able.",
    "Why did the baker go to therapy? Too many unresolved proofing issues.",
    "You're the yeast I could do is say good morning.",
    "I'm on a roll today. Literally, I'm eating a potato roll.",
    "Life is what you bake it.",
    "This focaccia really rises to the occasion.",
    "Some people have a loaf-hate relationship with carbs. Not us. Just love.",
    "What do you call a sad loaf of bread? Pumpernickel-ancholy.",
    "We're bready when you are.",
    "I told Rosa a bread pun and she said it was crumby. Rude but accurate.",
    "Rye not treat yourself today?",
    "Our baguettes are French for delicious and Sunnydale for 'sold out by noon'.",
    "If at first you don't succeed, try another flour.",
    "Dough you know what day it is? Croissant day.",
    "The bagels are holey and so is this bakery, because Biscuit chewed the doormat.",
    "Our scones are scone-derful and I will not be taking questions.",
    "Don't go bacon my heart. Wrong shop, but the sentiment stands.",
    "Sourdough: because good things take thyme. And flour. Mostly flour.",
    "Whisk me away to a place where the cinnamon rolls are always warm. Oh wait, that's here.",
    "Bread puns are how I make my dough.",
    "The muffins are having a berry good day.",
    "This challah is so braided it should charge admission.",
    "You butter believe the croissants are back.",
    "Everything is gonna be alright, the cinnamon rolls said so.",
    "Let's get this bread. The bread is here. It's been got.",
    "What's a baker's favorite dance move? The twist. Pretzel rolls are back.",
    "Donut worry, be happy. We don't make donuts. Be happy anyway.",
    "Theo asked if I'm ever going to stop with the puns. I said that's a half-baked idea.",
    "The crust is on the outside but the love is on the inside.",
    "Ciabatta, ciabatta, the bread is getting fatter.",
    "Our rye bread has a lot of seeds of doubt. Kidding, it's just caraway.",
    "Sorry for the bad puns. I'm a baker, not a comedian. My jokes are all half-baked.",
    "I'm not saying the sticky buns are addictive but I have a support group now.",
    "Today's pun is brought to you by the letter B, for brioche.",
    "Rise and shine. Mostly rise.",
    "The oven and I have a warm relationship.",
    "Flour power is real and I have the forearms to prove it.",
    "Cinnamon rolls: the only thing I'll ever roll out of bed for.",
    "When life gives you lemons, make lemon poppyseed loaf.",
    "Water you doing today? Come get a roll.",
    "Sourdough starters never finish anything. That's why they're called starters.",
    "You can't make everyone happy. You're not a croissant.",
    "A balanced diet is a scone in each hand.",
    "We're on a mission to make the world a batter place.",
    "Why do bakers work so hard? Because they knead the dough.",
    "Our bread has a lot of culture. The starter is seven.",
    "The focaccia has dimples and so do you when you eat it.",
    "I'm just a girl, standing in front of a proofing basket, asking it to rise.",
    "Bake the world a better place.",
]

# ---------------------------------------------------------------------------------------------
# Early mornings, behind the scenes.

MORNING_TIMES = ["3:40am", "4am", "4:15am", "4:30am", "Quarter to five", "5am", "3:55am"]

MORNING_PARTS = [
    "Ovens on, radio on, coffee on. In that order.",
    "The whole street is dark except for us.",
    "Rosa is already here and she's humming.",
    "Just me, the mixer and a very sleepy Biscuit.",
    "First batch of dough is resting and so am I, for five minutes.",
    "The delivery truck from Millpond Farm just pulled up with the flour.",
    "There's something peaceful about shaping loaves before the sun comes up.",
    "Flour on my glasses, butter on my sleeve, and we haven't even opened.",
    "Theo's alarm didn't go off, so it's a two-person show this morning.",
    "Listening to the farm report on the radio and laminating croissant dough.",
    "The owls on Elm Street are very chatty today.",
    "Dev brought donuts from the gas station as a joke. We ate them. Don't tell anyone.",
    "Counting trays, counting loaves, counting hours until my nap.",
    "The mixer made a new noise and we are choosing to ignore it.",
    "Watching the first light hit the water tower from the back door.",
]

MORNING_CLOSERS = [
    "",
    "",
    "Doors open at 7.",
    "Good morning, Sunnydale.",
    "☕️",
    "Best job in the world.",
    "See you in a few hours.",
    "Long day ahead, good day ahead.",
]

# ---------------------------------------------------------------------------------------------
# Baking tips. Complete posts (a prefix is added at random).

TIP_PREFIXES = ["Baking tip:", "Home baker tip:", "Tip of the day:", "Quick tip:", "Free advice:"]

TIPS = [
    "weigh your flour. Cups lie.",
    "let your bread cool completely before you slice it. The inside is still cooking.",
    "if your dough is sticky, wet your hands instead of adding more flour.",
    "a pan of water in the bottom of your oven gives you a crispier crust.",
    "store bread cut side down on the board, not in the fridge. The fridge makes it stale faster.",
    "stale bread makes the best French toast and the best bread pudding.",
    "if your starter smells like nail polish remover, it's hungry. Feed it.",
    "use room temperature eggs and butter for cakes. It really does make a difference.",
    "the windowpane test tells you when the gluten is ready: stretch a bit of dough thin enough to see light through it.",
    "don't open the oven door in the first fifteen minutes. I know it's hard.",
    "salt goes in later than you think with sourdough. Let the flour and water rest first.",
    "a cast iron pot with a lid is the best home oven bread tool there is.",
    "freeze sliced bread and toast it straight from frozen. Game changer.",
    "if your crust is too hard, brush the loaf with butter right out of the oven.",
    "cold butter for scones, always. Grate it frozen if you can.",
    "rye dough is sticky and that's okay. Don't fight it, use a wet spatula.",
    "your kitchen temperature matters more than the recipe's timings. Watch the dough, not the clock.",
    "toast your nuts and seeds before adding them to bread. So much more flavor.",
    "a little honey in a sandwich loaf keeps it soft for days.",
    "score your loaves with confidence. A hesitant cut tears the dough.",
    "when in doubt, bake it a little longer. Pale bread is sad bread.",
    "keep a notebook of every bake. Future you will thank you.",
    "proof your dough in a clear container with a rubber band to mark where it started.",
    "brown butter makes almost anything better. Almost.",
    "let your shaped loaves rest in the fridge overnight. The flavor is worth the wait.",
    "bread flour and all-purpose flour are not the same. Bread flour has more protein and more chew.",
    "feed your starter the night before you bake, not the morning of.",
    "a pinch of salt in anything sweet. Trust me on this one.",
    "if your oven runs hot, buy a cheap oven thermometer. Ours lies by 15 degrees.",
    "rubbing a little oil on the proofing bowl saves you a lot of scraping later.",
    "don't throw out starter discard, make crackers or pancakes with it.",
    "focaccia wants more olive oil than you think. More than that. Keep going.",
]

TIP_CLOSERS = [
    "",
    "",
    "",
    "You're welcome.",
    "Happy baking!",
    "Questions? Ask away.",
    "Learned that one the hard way.",
    "#bakingtips",
    "#sourdough",
]

# ---------------------------------------------------------------------------------------------
# Shop notices.

NOTICES = [
    "Closed Monday for the holiday. Back Tuesday with {b}.",
    "We're closing at 1pm today for a family thing. Sorry, and thank you for understanding!",
    "Heads up: the card reader is down this morning. Cash only until the technician shows up.",
    "New hours starting next week: Tuesday to Sunday, 7am to 2pm.",
    "We're hiring a part-time morning baker. Early hours, good coffee, all the bread you can carry. Come talk to us.",
    "Pre-orders for holiday pies close on Friday. Don't wait!",
    "The shop will be closed next week while we fix the big oven. We'll miss you.",
    "We're out of {b} for today. More tomorrow, promise.",
    "Big thanks to everyone who came out for our birthday yesterday. Two years on Main Street!",
    "Now taking orders for graduation party rolls. Message us or stop by.",
    "Price update: a few items are going up by 25 cents because flour and butter went up. We held off as long as we could.",
    "We finally have a bike rack out front. Thanks to the town council for approving it.",
    "Q&A night at the shop on Thursday: bring your bread questions & your failed loaves, we'll figure it out together.",
    "Our new bread slicer arrived. Ask us to slice your loaf, it's free and it's very satisfying to watch.",
    "Lost and found update: one blue mitten, one library book, and a very nice pen. Come claim them.",
    "We'll be closed Sunday so the staff can go to the county fair. Everybody deserves a day off.",
    "Day-old bread is half price after noon every day. It's still great, especially toasted.",
    "Reminder that we donate our leftover bread to the food pantry every evening. Thank you for helping us bake enough to share.",
    "The window seat is back now that the new chairs came in. Come sit a while.",
    "Thanksgiving rolls and pie orders are open. Deadline is the Sunday before.",
    "We're trying out Saturday hours until 4pm this month. Let us know if that helps you.",
]

# ---------------------------------------------------------------------------------------------
# Thoughts, odds and ends.

THOUGHTS = [
    "Thinking about how bread is just flour, water, salt and time. And somehow it's everything.",
    "Sometimes I look around this little shop and can't believe it's ours.",
    "Every bakery has a smell and ours is cinnamon, coffee and a little bit of burnt sugar.",
    "I've made about ten thousand loaves of bread since we opened and I still get excited every time one comes out right.",
    "Running a small business is 10% baking and 90% figuring out why the freezer is beeping.",
    "My forearms are stronger than they've ever been and I owe it all to kneading.",
    "Nothing humbles you like a loaf that didn't rise.",
    "Small towns are the best. Everyone knows your name and your usual order.",
    "Whoever decided to put chocolate inside bread deserves a medal.",
    "Did the books tonight. We're doing okay. Thank you, truly, to everyone who shops here.",
    "Some days the bread bakes you.",
    "I dream in dough hydration percentages now. Is that normal?",
    "There's no such thing as too much butter. There is such a thing as not enough napkins.",
    "We started this place with one oven, one mixer and a lot of hope. Still running on mostly hope.",
    "Reading an old French baking book tonight. Everything was harder back then and the bread was still amazing.",
    "I've started judging every town I visit by its bakery. Sunnydale passes, obviously.",
    "The best part of my day is the first bite of the heel of a fresh loaf. Don't @ me.",
    "Honestly, the pastry case is my favorite window display on Main Street.",
    "Every loaf is a little different and that's the point.",
    "I think bread might be my love language.",
    "Rosa and I have worked together for two years and have never once agreed on the right amount of salt.",
    "We burned a tray of cookies today and the whole staff stood around it in silence like a funeral.",
    "Biscuit got a new bandana. He's the best-dressed employee we have.",
    "Spent the evening testing a new cardamom bun recipe. Results: promising. Kitchen: destroyed.",
    "You never forget your first successful baguette.",
    "Love seeing the same faces every morning. This town is something special.",
    "Tried to take a day off. Ended up baking at home. I have a problem.",
    "If you see someone covered in flour at the grocery store, it's probably me. Say hi.",
    "I'd like to thank butter, without whom none of this would be possible.",
    "A loaf of bread is a small thing but it's a good thing to make well.",
    "Some people have a green thumb. I have a floury thumb.",
    "New apron day is the best day.",
    "Fresh bread > almost everything. Fresh bread & good butter > everything.",
    "To everyone who buys a loaf & a coffee every morning: <3",
    "Rosa & Theo ran the whole shop today while I was at the dentist. I'm not needed anymore & I love it.",
    "Dev bought me a label maker and now everything in the kitchen is labeled, including Dev.",
    "It's amazing how a warm roll can fix a bad day. Not everything, but a lot.",
    "Note to self: never again agree to 300 dinner rolls on a Tuesday.",
    "The oven timer went off in my dream last night and I woke up and checked the oven. At home. Where I was not baking.",
    "Thinking about starting a bread class for kids this summer. Would anyone sign up?",
    "Theo finished his first full shift alone today. Proud boss moment.",
    "Reorganized the spice shelf. It will be chaos again by Friday.",
    "If we ever stop making cinnamon rolls there will be a riot on Main Street and I'll lead it.",
    "Three years ago I was baking in my apartment kitchen and dreaming about this. Keep dreaming, friends.",
    "Ten hours on my feet and I'm still thinking about what to bake tomorrow.",
]

# ---------------------------------------------------------------------------------------------
# Posts with links (t.co in the text, the real address in entities).

LINKS = [
    ("We wrote up our country sourdough method for the library newsletter:", "blog/country-sourdough"),
    ("Photos from the farmers market this weekend, thank you all for coming:", "photos/market"),
    ("The Gazette did a little story about us and I'm blushing:", "gazette/bakery-profile"),
    ("Our holiday order form is up:", "orders/holiday"),
    ("Here's the focaccia recipe everyone keeps asking for:", "recipes/focaccia"),
    ("Millpond Farm is where our flour comes from. Go see them:", "millpond-farm"),
    ("Menu for the week is posted:", "menu"),
    ("We're on the Sunnydale small business map:", "town/small-business-map"),
    ("Wrote about why we don't use commercial yeast in our sourdough:", "blog/why-wild-yeast"),
    ("New blog post: how to keep a starter alive on vacation", "blog/starter-vacation"),
    ("If you missed the pie contest results, here they are:", "gazette/pie-contest"),
    ("The library is running a bread history exhibit and it's wonderful:", "library/bread-exhibit"),
    ("Sign up for our bread class for kids here:", "classes/kids"),
    ("Our cinnamon roll recipe, scaled down for home ovens:", "recipes/cinnamon-rolls"),
    ("Here is the video of Theo shaping baguettes at double speed:", "video/baguettes"),
    ("The food pantry needs volunteers this month. Details here:", "pantry/volunteer"),
    ("How we laminate croissant dough, step by step, with pictures:", "blog/lamination"),
    ("Our job posting for a morning baker is here:", "jobs/morning-baker"),
    ("Hazel's Books next door has a great baking shelf. Look:", "hazels-books/baking"),
    ("Pictures of the Winter Lights parade float we helped decorate:", "photos/winter-lights"),
    ("Interview with us on the county radio show, if you want to hear me ramble about flour:", "radio/interview"),
    ("Results from our customer survey are in, and you really want more rye:", "blog/survey"),
    ("Read about the history of the old hardware store building we're in:", "history/main-street"),
    ("The recipe for our Marmalade Loaf, named after a very good cat:", "recipes/marmalade-loaf"),
    ("{url} is where the Gazette wrote about our pie contest entry & its tragic ending.", "gazette/pie-tragedy"),
    ("{url} our spring menu, hot off the printer", "menu/spring"),
    ("The photos from the Harvest Fair are here {url} and more are coming next week.", "photos/harvest-fair"),
    ("Theo made us a little website for pre-orders {url} and I'm very impressed with him.", "orders"),
]

LINK_TAILS = ["", "", "", "🍞", "Enjoy!", "#sourdough", "#sunnydale", "Thank you!"]

# ---------------------------------------------------------------------------------------------
# Other (fictional) accounts: replies and retweets.

ACCOUNTS = {
    "sunnydale_gazette": "Sunnydale Gazette",
    "sdale_library": "Sunnydale Public Library",
    "millpond_farm": "Millpond Farm",
    "rosa_bakes": "Rosa M.",
    "otters_baseball": "Sunnydale Otters",
    "sdale_weather": "Sunnydale Weather Nerd",
    "hazels_books": "Hazel's Books",
    "beanthere_cart": "Bean There Coffee Cart",
    "sunnydale_town": "Town of Sunnydale",
    "mabel_knits": "Mabel",
    "jonah_paints": "Jonah P",
    "priya_cooks": "Priya",
    "lou_tomatoes": "Lou",
    "sam_on_elm": "Sam",
    "ellie_bee": "Ellie",
    "kwame_runs": "Kwame",
    "dan_firehouse7": "Dan at Station 7",
    "the_finch_fam": "The Finches",
}

CUSTOMER_ACCOUNTS = [
    "mabel_knits",
    "jonah_paints",
    "priya_cooks",
    "lou_tomatoes",
    "sam_on_elm",
    "ellie_bee",
    "kwame_runs",
    "dan_firehouse7",
    "the_finch_fam",
]

REPLIES = [
    "thank you so much! Glad the {b} made it home in one piece.",
    "we'll save you one, just say the word.",
    "ha! Gertrude says thank you too.",
    "we're open until 2 today, come on by!",
    "that's so kind of you, it made the whole crew smile.",
    "yes! We make it every Friday, sometimes Saturday if we're feeling wild.",
    "sorry about that, we sold out early. Call ahead next time and we'll hold one for you.",
    "oh that's a great idea, we might try it next week.",
    "you're the best. See you Saturday at the market?",
    "it freezes really well, just wrap it tight and toast it from frozen.",
    "the secret is a long cold proof and a very hot oven.",
    "we'd love to! Send us a message with the date and how many people.",
    "it's Millpond Farm flour, they're just up the road.",
    "Rosa made that one, I'll pass on the compliment.",
    "honestly it's the butter. It's always the butter.",
    "bread & butter pudding is on Sundays only, sorry! Worth the wait.",
    "<3 thank you, that made our morning.",
    "happy birthday!! Stop by for a free cookie this week.",
    "we do have a few vegan options: the country sourdough, the baguettes and the focaccia.",
    "please send pictures when you bake it at home!",
    "thank you for the kind words, they mean a lot to a tiny bakery.",
    "that photo is better than anything we've ever posted.",
    "not yet, but we're working on it. Stay tuned.",
    "we're closed Mondays, but open bright and early Tuesday.",
    "the muffins are back tomorrow, we promise.",
    "thank you for sharing! The library has been so good to us.",
    "that's the nicest review we've ever gotten, thank you.",
    "we'll be at the fair all weekend, come find the yellow tent.",
    "Biscuit says hi and would like to be petted again soon.",
    "go Otters! Rolls are on us if you win Saturday.",
    "absolutely, bring a clean jar and we'll give you some starter.",
    "we'll have a gluten-friendly option soon, but it's not gluten-free, sorry!",
    "it's a secret family recipe. The family is me. I made it up in 2019.",
    "glad you made it through the snow! Coffee's hot.",
]

SHORT_REPLIES = [
    "thank you!!",
    "yes!",
    "haha",
    "❤️❤️",
    "sorry!",
    "see you soon",
    "we agree",
    "aww",
    "🙏",
    "tomorrow!",
    "thanks friend",
    "good call",
]

THREAD_POSTS = [
    (
        "We've been open two years this week, so here's a little thread about how this bakery started. 🧵",
        "It started with a starter. Gertrude came from my aunt's kitchen, in a jar with a rubber band, on a bus.",
        "Then it was farmers markets on Saturdays, with a folding table and a cash box and not much else.",
        "The old hardware store on Main Street went up for rent and I signed the lease before I could talk myself out of it.",
        "And now here we are. Thank you, Sunnydale, for showing up every morning. We'll keep the ovens on.",
    ),
    (
        "People keep asking how we make our croissants, so a quick thread:",
        "Day one: the dough gets mixed and chilled overnight. Day two: the butter block gets folded in, three times, with rests in between.",
        "Day three: shape, proof slowly, bake hot. That's why they're not cheap, and why they're worth it.",
    ),
]

RETWEETS = [
    (
        "sunnydale_gazette",
        "Main Street repaving starts Monday. Businesses remain open, use the back lot behind the library.",
    ),
    (
        "sunnydale_gazette",
        "The Harvest Fair returns this weekend with a pie contest, hay rides and live music on the green.",
    ),
    ("sunnydale_gazette", "Local bakery donates 500 loaves to the food pantry this winter."),
    ("sunnydale_gazette", "Town council approves new bike racks for downtown."),
    ("sunnydale_gazette", "Winter storm warning in effect from 6pm Tuesday. Expect 8 to 12 inches."),
    ("sunnydale_gazette", "Otters win the county championship for the first time since 1998!"),
    ("sdale_library", "Story hour this Thursday is all about bread, with snacks from our friends at Sunnydale Bakes."),
    ("sdale_library", "The summer reading program starts June 1. Sign up at the front desk."),
    ("sdale_library", "Our bread history exhibit is open through the end of the month. Free for everyone."),
    ("sdale_library", "Book sale this weekend! Hardcovers a dollar, paperbacks fifty cents."),
    ("millpond_farm", "This year's wheat harvest is in. Grateful for good weather and good neighbors."),
    ("millpond_farm", "Apple picking opens Saturday. Cider, doughnuts and a corn maze for the kids."),
    ("millpond_farm", "New batch of stone-ground rye flour available at the farm stand and at Sunnydale Bakes."),
    ("millpond_farm", "Fresh eggs are back at the farm stand, the hens are finally laying again."),
    ("rosa_bakes", "Shaped 80 loaves this morning and I can't feel my arms. Worth it."),
    ("rosa_bakes", "The cardamom knots were my idea and I'd like that on the record."),
    ("rosa_bakes", "Best part of working at a bakery: the end pieces. Worst part: 4am."),
    ("otters_baseball", "Opening day is Saturday at 1pm! Free admission for kids under 12."),
    ("otters_baseball", "Thanks to Sunnydale Bakes for feeding the whole team after practice!"),
    ("sdale_weather", "First frost expected tonight. Cover your tomatoes!"),
    ("sdale_weather", "Heat advisory through Thursday. Stay hydrated and check on your neighbors."),
    ("sdale_weather", "Snow totals so far: 7 inches downtown, 9 out by the reservoir."),
    (
        "hazels_books",
        "New cookbooks just came in, including three about bread. Someone next door is going to be very happy.",
    ),
    (
        "hazels_books",
        "Book club is reading a novel set in a Paris bakery this month. Scones provided by our neighbors.",
    ),
    ("beanthere_cart", "Parked outside the library all week. Grab a coffee, then go grab a croissant next door."),
    ("beanthere_cart", "Our new maple latte pairs suspiciously well with a sticky bun."),
    ("sunnydale_town", "Reminder: parking on Main Street is free on weekends."),
    ("sunnydale_town", "The Winter Lights parade route has changed this year, see the map at town hall."),
    ("sunnydale_town", "Leaf pickup begins the first week of November. Rake to the curb, not the street."),
    ("sunnydale_town", "Volunteers needed for spring cleanup day at Riverside Park."),
    ("mabel_knits", "The sticky buns at Sunnydale Bakes should be illegal. I had two."),
    ("jonah_paints", "Painted the view from the bakery window this morning. Coffee, fog and the water tower."),
    ("priya_cooks", "Made bread pudding with a day-old loaf from Sunnydale Bakes and my family fought over it."),
    ("kwame_runs", "Post-run tradition: a cinnamon roll the size of my face. Zero regrets."),
    ("ellie_bee", "Sunnydale Bakes remembered my order after one visit. Small towns are magic."),
    ("dan_firehouse7", "Station 7 says thank you for the coffee and rolls this morning."),
    ("sunnydale_gazette", "The old mill bridge reopens to traffic on Friday after six months of repairs."),
    ("sunnydale_gazette", "Sunnydale High's robotics team is headed to the state finals."),
    ("sunnydale_gazette", "Farmers market moves indoors to the Grange hall for the winter season."),
    ("sunnydale_gazette", "Pie contest results: blue ribbon to Lou Marino for her sour cherry lattice."),
    ("sunnydale_gazette", "Main Street businesses report their busiest holiday season in a decade."),
    ("sdale_library", "Thank you to everyone who came to bread story hour. The kids made paper croissants."),
    ("sdale_library", "Our new seed library is open. Borrow tomato seeds, return them in the fall."),
    ("millpond_farm", "Spring planting is underway. The rye field by the road is ours, wave when you drive by."),
    ("millpond_farm", "The farm stand closes for the season on Sunday. Thank you for another good year."),
    ("otters_baseball", "Otters take game one of the series 6 to 2. Next game Saturday at home."),
    ("otters_baseball", "End-of-season party was a success. 200 dinner rolls, zero left over."),
    ("sdale_weather", "Wettest April on record for Sunnydale. The river is up about four feet."),
    ("sdale_weather", "Beautiful weekend ahead: sunny, light winds, highs in the mid 70s."),
    ("hazels_books", "Author reading Friday at 7. Refreshments from the bakery next door, naturally."),
    ("hazels_books", "Our shop cat has decided the cookbook shelf is his bed now."),
    ("beanthere_cart", "We're at the farmers market every Saturday this summer, two tents down from the bread people."),
    ("sunnydale_town", "Town hall will be closed Monday for the holiday. Trash pickup is delayed one day."),
    ("sunnydale_town", "The town green will host movie night every Friday in July. Bring a blanket."),
    ("rosa_bakes", "First time making kouign-amann by myself and I think I'm in love."),
    ("lou_tomatoes", "Traded a basket of tomatoes for a loaf of sourdough. Best deal in town."),
    ("the_finch_fam", "Saturday morning tradition: pajamas, the farmers market, and sticky buns for everyone."),
    ("sam_on_elm", "Woke up to the smell of bread from the bakery two blocks away. Elm Street perks."),
]

# One- and two-word posts: (text, months it fits or None, local weekday it fits or None).
SHORTS = [
    ("Fresh loaves!", None, None),
    ("Closed today", None, None),
    ("Sold out!", None, None),
    ("Morning ☀️", None, None),
    ("Rye day.", None, None),
    ("🥐🥐🥐", None, None),
    ("Snow day ❄️", (12, 1, 2), None),
    ("Focaccia Friday", None, 4),
    ("Flour everywhere.", None, None),
    ("Brb, napping", None, None),
    ("Happy Thanksgiving!", (11,), 3),
    ("Ovens on.", None, None),
    ("Croissants! #breakfast", None, None),
    ("Bagels #saturday", None, 5),
    ("Happy Friday!", None, 4),
    ("🍞", None, None),
    ("Yum.", None, None),
    ("Open!", None, None),
    ("Back tomorrow", None, None),
    ("Merry Christmas!", (12,), None),
    ("Happy New Year! 🎉", (1,), None),
    ("Pie day", (11,), None),
    ("Sticky buns.", None, None),
    ("So tired", None, None),
    ("Thank you ❤️", None, None),
    ("Good morning", None, None),
    ("Rainy Tuesday", (3, 4, 5, 9, 10, 11), 1),
    ("Biscuit says hi", None, None),
    ("#sourdough", None, None),
    ("Pumpkin everything", (9, 10, 11), None),
    ("Challah Friday!", None, 4),
    ("We're open", None, None),
    ("Baguettes!!", None, None),
    ("Hot cross buns", (3, 4), None),
    ("Coffee first", None, None),
    ("Last call!", None, None),
    ("Sold out again 🙏", None, None),
    ("Cinnamon rolls #sunday", None, 6),
    ("Gertrude lives", None, None),
    ("Happy Halloween 🎃", (10,), None),
    ("Day off", None, None),
    ("Scones are out", None, None),
    ("🥖☕️", None, None),
    ("Busy Saturday", None, 5),
    ("Delivery day", None, None),
    ("Oops.", None, None),
    ("Ciabatta time", None, None),
    ("Happy Fourth! 🎆", (7,), None),
    ("Knead a nap", None, None),
    ("#smallbusiness #bakery", None, None),
    ("Peach season 🍑", (7, 8), None),
    ("Heat wave.", (6, 7, 8), None),
]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

SOURCES = [
    '<a href="http://twitter.com/download/iphone" rel="nofollow">Twitter for iPhone</a>',
    '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
]


def local(when: datetime) -> datetime:
    """Sunnydale time (UTC-5, ignoring daylight saving)."""
    return when - timedelta(hours=5)


def season(when: datetime) -> str:
    when = local(when)
    return {
        12: "winter",
        1: "winter",
        2: "winter",
        3: "spring",
        4: "spring",
        5: "spring",
        6: "summer",
        7: "summer",
        8: "summer",
    }.get(when.month, "autumn")


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


class Writer:
    """Puts posts together from the parts above."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def pick(self, items):
        return self.rng.choice(items)

    def bread(self, when: datetime, exclude: str = "") -> str:
        pool = BREADS + SEASONAL[season(when)] * 3
        choice = self.pick(pool)
        while choice == exclude:
            choice = self.pick(pool)
        return choice

    def fill(self, template: str, when: datetime) -> str:
        b = self.bread(when)
        b2 = self.bread(when, exclude=b)
        return template.format(
            b=b,
            B=cap(b),
            b2=b2,
            n=self.rng.choice([12, 18, 20, 24, 30, 36, 40]),
            weekday=WEEKDAYS[local(when).weekday()],
        )

    def join(self, *parts: str) -> str:
        return " ".join(p for p in parts if p)

    def bake(self, when: datetime) -> str:
        if self.rng.random() < 0.12:
            breads = self.rng.sample(BREADS + SEASONAL[season(when)], 4)
            return (
                f"On the shelf this {WEEKDAYS[local(when).weekday()]}:\n"
                + "\n".join(f"- {b}" for b in breads)
                + (
                    "\n\n"
                    + self.pick(["Come and get it.", "Open at 7.", "That's it, that's the post.", "Rye is limited!"])
                )
            )
        return self.join(
            self.fill(self.pick(BAKE_OPENERS), when),
            self.fill(self.pick(BAKE_MIDDLES), when),
            self.fill(self.pick(BAKE_CLOSERS), when),
        )

    def starter(self, when: datetime) -> str:
        name = self.pick(
            ["Gertrude", "Gertrude the starter", "Gertrude (the sourdough starter)", "Our starter Gertrude"]
        )
        return self.join(f"{name} {self.pick(STARTER_EVENTS)}.", self.pick(STARTER_REACTIONS))

    def weather(self, when: datetime) -> str:
        warm = season(when) == "summer"
        effects = WEATHER_EFFECTS["any"] + WEATHER_EFFECTS["warm" if warm else "cold"] * 2
        text = f"{self.pick(WEATHER[season(when)])}, {self.pick(effects)}"
        if self.rng.random() < 0.3:
            extras = [
                "Good day for {b}.",
                "We made extra {b}.",
                "Come cool off with an iced coffee and {b}." if warm else "Come warm up with some {b}.",
            ]
            text = self.join(text, self.fill(self.pick(extras), when))
        return text

    def event(self, when: datetime) -> str:
        name, day = self.pick(EVENTS["any"] + EVENTS[season(when)] * 2)
        opener = self.pick(EVENT_OPENERS).format(E=name, e=name[0].lower() + name[1:], when=day)
        return self.join(opener, self.fill(self.pick(EVENT_PARTS), when), self.pick(EVENT_CLOSERS))

    def customer(self, used: set[str]) -> str:
        return self.unused(CUSTOMERS, used)

    def pun(self, used: set[str]) -> str:
        text = self.unused(PUNS, used)
        return self.join(text, self.pick(["", "", "", "😅", "Sorry.", "I'll see myself out.", "🥖"]))

    def morning(self, when: datetime) -> str:
        first, second = self.rng.sample(MORNING_PARTS, 2)
        return self.join(
            f"{self.pick(MORNING_TIMES)}.", first, second if self.rng.random() < 0.5 else "", self.pick(MORNING_CLOSERS)
        )

    def tip(self, used: set[str]) -> str:
        return self.join(self.pick(TIP_PREFIXES), self.unused(TIPS, used), self.pick(TIP_CLOSERS))

    def notice(self, when: datetime) -> str:
        return self.fill(self.pick(NOTICES), when)

    def thought(self, used: set[str]) -> str:
        return self.unused(THOUGHTS, used)

    def unused(self, items: list[str], used: set[str]) -> str:
        fresh = [item for item in items if item not in used]
        choice = self.pick(fresh or items)
        used.add(choice)
        return choice


def snowflake(when: datetime, rng: random.Random) -> int:
    ms = int(when.timestamp() * 1000) + rng.randrange(1000)
    return ((ms - TWITTER_EPOCH_MS) << 22) | rng.randrange(1 << 22)


def account_id(handle: str) -> str:
    return str(int(hashlib.sha256(handle.encode()).hexdigest()[:15], 16))


def tco(rng: random.Random) -> str:
    return "https://t.co/" + "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(10))


def escape(text: str) -> str:
    """X archives store full_text with &, < and > escaped."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def entities(text: str, urls: list[dict]) -> dict:
    hashtags = [{"text": m.group(1), "indices": [str(m.start()), str(m.end())]} for m in re.finditer(r"#(\w+)", text)]
    mentions = [
        {
            "name": ACCOUNTS.get(m.group(1), m.group(1)),
            "screen_name": m.group(1),
            "indices": [str(m.start()), str(m.end())],
            "id_str": account_id(m.group(1)),
            "id": account_id(m.group(1)),
        }
        for m in re.finditer(r"@(\w+)", text)
    ]
    return {"hashtags": hashtags, "symbols": [], "user_mentions": mentions, "urls": urls}


def make_tweet(
    text: str,
    when: datetime,
    rng: random.Random,
    *,
    retweet: bool = False,
    reply_to: tuple[str, str] | None = None,
    link: str | None = None,
) -> dict:
    """One archive element. ``reply_to`` is (status id, screen name); ``link`` an address path."""
    urls = []
    if link:
        short = tco(rng)
        if "{url}" not in text:
            text += " {url}"
        start = text.index("{url}")
        text = text.replace("{url}", short)
        urls.append(
            {
                "url": short,
                "expanded_url": f"https://sunnydalebakes.example.com/{link}",
                "display_url": f"sunnydalebakes.example.com/{link}"[:26] + "…",
                "indices": [str(start), str(start + len(short))],
            }
        )
    status_id = str(snowflake(when, rng))
    tweet = {
        "retweeted": False,
        "source": rng.choice(SOURCES),
        "entities": entities(text, urls),
        "display_text_range": ["0", str(len(text))],
        "favorite_count": "0" if retweet else str(int(rng.expovariate(1 / 9))),
        "id_str": status_id,
        "truncated": False,
        "retweet_count": str(rng.randrange(3, 40)) if retweet else str(int(rng.expovariate(1 / 1.5))),
        "id": status_id,
        "created_at": when.strftime("%a %b %d %H:%M:%S +0000 %Y"),
        "favorited": False,
        "full_text": escape(text),
        "lang": "en" if re.search(r"[A-Za-z]{3}", text) else "und",
    }
    if reply_to:
        tweet["in_reply_to_status_id_str"] = reply_to[0]
        tweet["in_reply_to_status_id"] = reply_to[0]
        tweet["in_reply_to_user_id"] = account_id(reply_to[1]) if reply_to[1] != HANDLE else ACCOUNT_ID
        tweet["in_reply_to_user_id_str"] = tweet["in_reply_to_user_id"]
        tweet["in_reply_to_screen_name"] = reply_to[1]
    return {"tweet": tweet}


def timestamps(rng: random.Random, count: int) -> list[datetime]:
    """Mostly early mornings (local time is UTC-5), some afternoons and evenings."""
    span = (END - START).days
    stamps = []
    for _ in range(count):
        day = START + timedelta(days=rng.randrange(span))
        hour = rng.choice([9, 9, 10, 10, 11, 11, 12, 13, 14, 15, 17, 19, 21, 23, 1])  # 4am .. 8pm local
        stamps.append(day + timedelta(hours=hour, minutes=rng.randrange(60), seconds=rng.randrange(60)))
    return sorted(stamps)


def build(seed: int = SEED) -> list[dict]:
    rng = random.Random(seed)
    writer = Writer(rng)
    kinds = [kind for kind, n in PLAN.items() if kind != "thread" for _ in range(n)]
    rng.shuffle(kinds)
    stamps = timestamps(rng, len(kinds) + sum(len(t) - 1 for t in THREAD_POSTS))
    used: set[str] = set()
    seen_texts: set[str] = set()
    elements: list[dict] = []
    thread_slots = {len(kinds) * (i + 1) // (len(THREAD_POSTS) + 1): i for i in range(len(THREAD_POSTS))}
    stamp_iter = iter(stamps)
    for index, kind in enumerate(kinds):
        when = next(stamp_iter)
        if index in thread_slots:
            previous = None
            for part in THREAD_POSTS[thread_slots[index]]:
                element = make_tweet(part, when, rng, reply_to=(previous, HANDLE) if previous else None)
                previous = element["tweet"]["id_str"]
                elements.append(element)
                when += timedelta(minutes=rng.randrange(1, 4))
            when = next(stamp_iter, when)
        elements.append(write_one(kind, when, writer, rng, used, seen_texts))
    return elements


def write_one(kind: str, when: datetime, writer: Writer, rng: random.Random, used: set[str], seen: set[str]) -> dict:
    for _ in range(50):  # retry on the rare exact duplicate of a composed post
        element = _compose(kind, when, writer, rng, used)
        text = element["tweet"]["full_text"]
        if kind == "short" or text not in seen:
            seen.add(text)
            return element
    return element


def _compose(kind: str, when: datetime, writer: Writer, rng: random.Random, used: set[str]) -> dict:
    if kind == "retweet":
        user, text = writer.unused([f"{u}\t{t}" for u, t in RETWEETS], used).split("\t")
        return make_tweet(f"RT @{user}: {text}", when, rng, retweet=True)
    if kind == "reply":
        user = writer.pick(CUSTOMER_ACCOUNTS + ["sdale_library", "millpond_farm", "hazels_books", "otters_baseball"])
        body = writer.pick(SHORT_REPLIES) if rng.random() < 0.2 else writer.fill(writer.pick(REPLIES), when)
        parent = str(snowflake(when - timedelta(minutes=rng.randrange(5, 600)), rng))
        return make_tweet(f"@{user} {body}", when, rng, reply_to=(parent, user))
    if kind == "link":
        intro, path = writer.pick(LINKS)
        return make_tweet(writer.join(intro, "{url}", writer.pick(LINK_TAILS)), when, rng, link=path)
    if kind == "short":
        day = local(when)
        fitting = [
            text
            for text, months, weekday in SHORTS
            if (months is None or day.month in months) and (weekday is None or day.weekday() == weekday)
        ]
        return make_tweet(writer.unused(fitting, used), when, rng)
    text = {
        "bake": lambda: writer.bake(when),
        "starter": lambda: writer.starter(when),
        "weather": lambda: writer.weather(when),
        "event": lambda: writer.event(when),
        "customer": lambda: writer.customer(used),
        "pun": lambda: writer.pun(used),
        "morning": lambda: writer.morning(when),
        "tip": lambda: writer.tip(used),
        "notice": lambda: writer.notice(when),
        "thought": lambda: writer.thought(used),
    }[kind]()
    return make_tweet(text, when, rng)


def js(variable: str, data) -> str:
    # The archive's own layout: two-space indent, " : " between keys and values.
    return f"window.YTD.{variable}.part0 = " + json.dumps(data, indent=2, ensure_ascii=False, separators=(",", " : "))


def write(folder: Path, seed: int = SEED) -> list[dict]:
    elements = build(seed)
    elements.sort(key=lambda e: int(e["tweet"]["id_str"]), reverse=True)  # archives list newest first
    account = [
        {
            "account": {
                "createdVia": "web",
                "username": HANDLE,
                "accountId": ACCOUNT_ID,
                "createdAt": ACCOUNT_CREATED,
                "accountDisplayName": DISPLAY_NAME,
            }
        }
    ]
    (folder / "tweets.js").write_text(js("tweets", elements) + "\n", encoding="utf-8")
    (folder / "account.js").write_text(js("account", account) + "\n", encoding="utf-8")
    return elements


if __name__ == "__main__":
    written = write(Path(__file__).resolve().parent)
    print(f"wrote {len(written)} posts")
