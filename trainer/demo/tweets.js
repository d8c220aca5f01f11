window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "11"
      ],
      "favorite_count" : "0",
      "id_str" : "1760078822482025077",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1760078822482025077",
      "created_at" : "Tue Feb 20 23:07:46 +0000 2024",
      "favorited" : false,
      "full_text" : "Baguettes!!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Millpond Farm",
            "screen_name" : "millpond_farm",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "1091737759391329620",
            "id" : "1091737759391329620"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "0",
      "id_str" : "1759634734283621891",
      "truncated" : false,
      "retweet_count" : "37",
      "id" : "1759634734283621891",
      "created_at" : "Mon Feb 19 17:43:07 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @millpond_farm: Spring planting is underway. The rye field by the road is ours, wave when you drive by.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "3",
      "id_str" : "1759510354702216422",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1759510354702216422",
      "created_at" : "Mon Feb 19 09:28:53 +0000 2024",
      "favorited" : false,
      "full_text" : "On the shelf this Monday:\n- cinnamon stars\n- country sourdough\n- cardamom knots\n- gingerbread\n\nCome and get it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "20",
      "id_str" : "1759508972507357277",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1759508972507357277",
      "created_at" : "Mon Feb 19 09:23:23 +0000 2024",
      "favorited" : false,
      "full_text" : "The guy from the water department came in, looked at our pipes, and bought a baguette. Everything's fine.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "2",
      "id_str" : "1759202482733000574",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1759202482733000574",
      "created_at" : "Sun Feb 18 13:05:30 +0000 2024",
      "favorited" : false,
      "full_text" : "Sunny but cold enough to hurt, so we moved the rye to the warm corner by the oven.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/vC9bZWdqmb",
            "expanded_url" : "https://sunnydalebakes.example.com/orders/holiday",
            "display_url" : "sunnydalebakes.example.com…",
            "indices" : [
              "30",
              "53"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "2",
      "id_str" : "1758994311588368518",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1758994311588368518",
      "created_at" : "Sat Feb 17 23:18:19 +0000 2024",
      "favorited" : false,
      "full_text" : "Our holiday order form is up: https://t.co/vC9bZWdqmb Enjoy!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "2",
      "id_str" : "1758865990230974485",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1758865990230974485",
      "created_at" : "Sat Feb 17 14:48:24 +0000 2024",
      "favorited" : false,
      "full_text" : "Gertrude (the sourdough starter) doubled in four hours this morning. That's my girl.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "3",
      "id_str" : "1757909921626601306",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1757909921626601306",
      "created_at" : "Wed Feb 14 23:29:20 +0000 2024",
      "favorited" : false,
      "full_text" : "Ice on the front steps this morning, so the dough is proofing slow and I'm drinking an extra coffee.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "15",
      "id_str" : "1757747201286756982",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1757747201286756982",
      "created_at" : "Wed Feb 14 12:42:44 +0000 2024",
      "favorited" : false,
      "full_text" : "Had a lovely chat with a man who used to bake bread in the Navy. He says our ovens are luxury compared to his.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "17"
      ],
      "favorite_count" : "1",
      "id_str" : "1757005973931623876",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1757005973931623876",
      "created_at" : "Mon Feb 12 11:37:22 +0000 2024",
      "favorited" : false,
      "full_text" : "Flour everywhere.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sunnydale Gazette",
            "screen_name" : "sunnydale_gazette",
            "indices" : [
              "3",
              "21"
            ],
            "id_str" : "493417691854639410",
            "id" : "493417691854639410"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "0",
      "id_str" : "1756251355251729073",
      "truncated" : false,
      "retweet_count" : "18",
      "id" : "1756251355251729073",
      "created_at" : "Sat Feb 10 09:38:47 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @sunnydale_gazette: The Harvest Fair returns this weekend with a pie contest, hay rides and live music on the green.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "0",
      "id_str" : "1755738707555152296",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1755738707555152296",
      "created_at" : "Thu Feb 08 23:41:42 +0000 2024",
      "favorited" : false,
      "full_text" : "Gertrude got a new jar with a proper lid. She seems pleased. Ask for a scoop if you want to start your own, we're always happy to share.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "11"
      ],
      "favorite_count" : "29",
      "id_str" : "1755573662018870707",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1755573662018870707",
      "created_at" : "Thu Feb 08 12:45:52 +0000 2024",
      "favorited" : false,
      "full_text" : "Snow day ❄️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "157"
      ],
      "favorite_count" : "27",
      "id_str" : "1755524672049935354",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1755524672049935354",
      "created_at" : "Thu Feb 08 09:31:12 +0000 2024",
      "favorited" : false,
      "full_text" : "Who's going? The polar plunge at the river is on New Year's Day. The shop will close early so the whole crew can go. It's the best day of the year, fight me.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "shoplocal",
            "indices" : [
              "117",
              "127"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "7",
      "id_str" : "1754892490289637272",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1754892490289637272",
      "created_at" : "Tue Feb 06 15:39:08 +0000 2024",
      "favorited" : false,
      "full_text" : "Ciabatta and cardamom knots on the counter right now. Listen closely and you can hear the crust crackle as it cools. #shoplocal",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Bean There Coffee Cart",
            "screen_name" : "beanthere_cart",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "67909186536814319",
            "id" : "67909186536814319"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "0",
      "id_str" : "1754223788955307348",
      "truncated" : false,
      "retweet_count" : "30",
      "id" : "1754223788955307348",
      "created_at" : "Sun Feb 04 19:21:57 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @beanthere_cart: We're at the farmers market every Saturday this summer, two tents down from the bread people.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "1",
      "id_str" : "1753734394320771818",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1753734394320771818",
      "created_at" : "Sat Feb 03 10:57:17 +0000 2024",
      "favorited" : false,
      "full_text" : "Everything is gonna be alright, the cinnamon rolls said so. 😅",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "16"
      ],
      "favorite_count" : "12",
      "id_str" : "1753711270412538523",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1753711270412538523",
      "created_at" : "Sat Feb 03 09:25:23 +0000 2024",
      "favorited" : false,
      "full_text" : "Sold out again 🙏",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Hazel's Books",
            "screen_name" : "hazels_books",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "1142714035781470244",
            "id" : "1142714035781470244"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "0",
      "id_str" : "1753408705634620175",
      "truncated" : false,
      "retweet_count" : "29",
      "id" : "1753408705634620175",
      "created_at" : "Fri Feb 02 13:23:06 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @hazels_books: Book club is reading a novel set in a Paris bakery this month. Scones provided by our neighbors.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "1",
      "id_str" : "1753390398737431490",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1753390398737431490",
      "created_at" : "Fri Feb 02 12:10:22 +0000 2024",
      "favorited" : false,
      "full_text" : "The shop will be closed next week while we fix the big oven. We'll miss you.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "sourdough",
            "indices" : [
              "108",
              "118"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "8",
      "id_str" : "1752414892066131834",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1752414892066131834",
      "created_at" : "Tue Jan 30 19:34:03 +0000 2024",
      "favorited" : false,
      "full_text" : "The lemon poppyseed loaf turned out gorgeous today. Pairs very well with salted butter and a quiet morning. #sourdough",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "153"
      ],
      "favorite_count" : "33",
      "id_str" : "1752322501887091246",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1752322501887091246",
      "created_at" : "Tue Jan 30 13:26:55 +0000 2024",
      "favorited" : false,
      "full_text" : "Lady at the counter told me she's been coming here since it was the old hardware store. It was a hardware store until 2021, but I appreciate the loyalty.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sunnydale Public Library",
            "screen_name" : "sdale_library",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "673903061079703718",
            "id" : "673903061079703718"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "0",
      "id_str" : "1752293277498322885",
      "truncated" : false,
      "retweet_count" : "36",
      "id" : "1752293277498322885",
      "created_at" : "Tue Jan 30 11:30:48 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @sdale_library: The summer reading program starts June 1. Sign up at the front desk.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "17",
      "id_str" : "1751682222378460189",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1751682222378460189",
      "created_at" : "Sun Jan 28 19:02:41 +0000 2024",
      "favorited" : false,
      "full_text" : "Gertrude (the sourdough starter) smells like bananas today, which is new. We are so proud of her.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "5"
      ],
      "favorite_count" : "6",
      "id_str" : "1751191425574130342",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1751191425574130342",
      "created_at" : "Sat Jan 27 10:32:26 +0000 2024",
      "favorited" : false,
      "full_text" : "Open!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lou",
            "screen_name" : "lou_tomatoes",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "114463376364279016",
            "id" : "114463376364279016"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "7",
      "id_str" : "1750845450258835081",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1750845450258835081",
      "created_at" : "Fri Jan 26 11:37:39 +0000 2024",
      "favorited" : false,
      "full_text" : "@lou_tomatoes oh that's a great idea, we might try it next week.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1750823304278937359",
      "in_reply_to_status_id" : "1750823304278937359",
      "in_reply_to_user_id" : "114463376364279016",
      "in_reply_to_user_id_str" : "114463376364279016",
      "in_reply_to_screen_name" : "lou_tomatoes"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "152"
      ],
      "favorite_count" : "14",
      "id_str" : "1750632451253523089",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1750632451253523089",
      "created_at" : "Thu Jan 25 21:31:16 +0000 2024",
      "favorited" : false,
      "full_text" : "Reminder: story hour at the library is on Thursday. Stop by the shop on your way for a coffee and morning buns. It's the best day of the year, fight me.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "17",
      "id_str" : "1750455852479040112",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1750455852479040112",
      "created_at" : "Thu Jan 25 09:49:31 +0000 2024",
      "favorited" : false,
      "full_text" : "A regular brought his new puppy to meet Biscuit. They are best friends now. We have a dog-friendly patio, apparently.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jonah P",
            "screen_name" : "jonah_paints",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "420417929087012802",
            "id" : "420417929087012802"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "51"
      ],
      "favorite_count" : "6",
      "id_str" : "1750209027885446249",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1750209027885446249",
      "created_at" : "Wed Jan 24 17:28:44 +0000 2024",
      "favorited" : false,
      "full_text" : "@jonah_paints we're open until 2 today, come on by!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1750127491275779160",
      "in_reply_to_status_id" : "1750127491275779160",
      "in_reply_to_user_id" : "420417929087012802",
      "in_reply_to_user_id_str" : "420417929087012802",
      "in_reply_to_screen_name" : "jonah_paints"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "2",
      "id_str" : "1749459443848115198",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1749459443848115198",
      "created_at" : "Mon Jan 22 15:50:09 +0000 2024",
      "favorited" : false,
      "full_text" : "Sunny but cold enough to hurt, and Theo still showed up on his bike. Hero.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "1",
      "id_str" : "1749379147524712431",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1749379147524712431",
      "created_at" : "Mon Jan 22 10:31:05 +0000 2024",
      "favorited" : false,
      "full_text" : "Snow overnight, about six inches on Main Street, and honestly the bakery is the coziest place in town right now.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "49"
      ],
      "favorite_count" : "5",
      "id_str" : "1749363333410324456",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1749363333410324456",
      "created_at" : "Mon Jan 22 09:28:14 +0000 2024",
      "favorited" : false,
      "full_text" : "If at first you don't succeed, try another flour.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "2",
      "id_str" : "1747583370307054782",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1747583370307054782",
      "created_at" : "Wed Jan 17 11:35:18 +0000 2024",
      "favorited" : false,
      "full_text" : "Free advice: cold butter for scones, always. Grate it frozen if you can. Learned that one the hard way.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "32",
      "id_str" : "1747233113088213108",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1747233113088213108",
      "created_at" : "Tue Jan 16 12:23:30 +0000 2024",
      "favorited" : false,
      "full_text" : "On the shelf this Tuesday:\n- baguettes\n- gingerbread\n- panettone\n- cheddar chive scones\n\nOpen at 7.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "smallbusiness",
            "indices" : [
              "0",
              "14"
            ]
          },
          {
            "text" : "bakery",
            "indices" : [
              "15",
              "22"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "22"
      ],
      "favorite_count" : "8",
      "id_str" : "1746843461217244750",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1746843461217244750",
      "created_at" : "Mon Jan 15 10:35:10 +0000 2024",
      "favorited" : false,
      "full_text" : "#smallbusiness #bakery",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "The Finches",
            "screen_name" : "the_finch_fam",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "833867734205115520",
            "id" : "833867734205115520"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "18",
      "id_str" : "1745735845768237703",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1745735845768237703",
      "created_at" : "Fri Jan 12 09:13:54 +0000 2024",
      "favorited" : false,
      "full_text" : "@the_finch_fam absolutely, bring a clean jar and we'll give you some starter.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1745594160726901359",
      "in_reply_to_status_id" : "1745594160726901359",
      "in_reply_to_user_id" : "833867734205115520",
      "in_reply_to_user_id_str" : "833867734205115520",
      "in_reply_to_screen_name" : "the_finch_fam"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "17"
      ],
      "favorite_count" : "1",
      "id_str" : "1744283187331351496",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1744283187331351496",
      "created_at" : "Mon Jan 08 09:01:33 +0000 2024",
      "favorited" : false,
      "full_text" : "Happy New Year! 🎉",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "151"
      ],
      "favorite_count" : "4",
      "id_str" : "1744017129773683700",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1744017129773683700",
      "created_at" : "Sun Jan 07 15:24:20 +0000 2024",
      "favorited" : false,
      "full_text" : "Reminder: story hour at the library is on Thursday. Stop by the shop on your way for a coffee and sticky buns. It's the best day of the year, fight me.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "12"
      ],
      "favorite_count" : "15",
      "id_str" : "1743231566254608024",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1743231566254608024",
      "created_at" : "Fri Jan 05 11:22:47 +0000 2024",
      "favorited" : false,
      "full_text" : "Good morning",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Hazel's Books",
            "screen_name" : "hazels_books",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1142714035781470244",
            "id" : "1142714035781470244"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "1",
      "id_str" : "1742902454602997216",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1742902454602997216",
      "created_at" : "Thu Jan 04 13:35:01 +0000 2024",
      "favorited" : false,
      "full_text" : "@hazels_books we do have a few vegan options: the country sourdough, the baguettes and the focaccia.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1742776121807957020",
      "in_reply_to_status_id" : "1742776121807957020",
      "in_reply_to_user_id" : "1142714035781470244",
      "in_reply_to_user_id_str" : "1142714035781470244",
      "in_reply_to_screen_name" : "hazels_books"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "10",
      "id_str" : "1742130124336156616",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1742130124336156616",
      "created_at" : "Tue Jan 02 10:26:03 +0000 2024",
      "favorited" : false,
      "full_text" : "Caraway rye for the early birds, cranberry orange scones for everybody else. We'll put one aside for you if you call ahead.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "1",
      "id_str" : "1741971720750231309",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1741971720750231309",
      "created_at" : "Mon Jan 01 23:56:37 +0000 2024",
      "favorited" : false,
      "full_text" : "Sourdough starters never finish anything. That's why they're called starters.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "6",
      "id_str" : "1741767685377441262",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1741767685377441262",
      "created_at" : "Mon Jan 01 10:25:51 +0000 2024",
      "favorited" : false,
      "full_text" : "Had a little girl ask if our starter has a name. When I said Gertrude she laughed so hard she had to sit down.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Mabel",
            "screen_name" : "mabel_knits",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "294566335190633490",
            "id" : "294566335190633490"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "0",
      "id_str" : "1740683000644519033",
      "truncated" : false,
      "retweet_count" : "21",
      "id" : "1740683000644519033",
      "created_at" : "Fri Dec 29 10:35:42 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @mabel_knits: The sticky buns at Sunnydale Bakes should be illegal. I had two.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "1",
      "id_str" : "1740430664407958292",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1740430664407958292",
      "created_at" : "Thu Dec 28 17:53:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Today's special: soda bread. Dev says it's the best batch we've done. Dev says that every week. 🍞",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "9",
      "id_str" : "1740302302670666013",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1740302302670666013",
      "created_at" : "Thu Dec 28 09:22:56 +0000 2023",
      "favorited" : false,
      "full_text" : "Kid asked if bread grows on trees. Told him it grows in ovens. He seemed satisfied with that.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "52",
      "id_str" : "1739958570985973410",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1739958570985973410",
      "created_at" : "Wed Dec 27 10:37:04 +0000 2023",
      "favorited" : false,
      "full_text" : "Gertrude (the sourdough starter) made the best loaf of the month and knows it. Gertrude update over.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "5",
      "id_str" : "1739794517659931095",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1739794517659931095",
      "created_at" : "Tue Dec 26 23:45:11 +0000 2023",
      "favorited" : false,
      "full_text" : "3:40am. The mixer made a new noise and we are choosing to ignore it. Best job in the world.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sunnydale Gazette",
            "screen_name" : "sunnydale_gazette",
            "indices" : [
              "3",
              "21"
            ],
            "id_str" : "493417691854639410",
            "id" : "493417691854639410"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "0",
      "id_str" : "1739233411056613125",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1739233411056613125",
      "created_at" : "Mon Dec 25 10:35:33 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @sunnydale_gazette: The old mill bridge reopens to traffic on Friday after six months of repairs.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "155"
      ],
      "favorite_count" : "50",
      "id_str" : "1739217827481018734",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1739217827481018734",
      "created_at" : "Mon Dec 25 09:33:37 +0000 2023",
      "favorited" : false,
      "full_text" : "Somebody asked for cranberry walnut loaf on Tuesday, so here we are. Half the batch is already spoken for by the library staff. Cash or card, either works.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "0",
      "id_str" : "1738882473918429126",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1738882473918429126",
      "created_at" : "Sun Dec 24 11:21:03 +0000 2023",
      "favorited" : false,
      "full_text" : "We're out of jalapeño cheddar bread for today. More tomorrow, promise.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Millpond Farm",
            "screen_name" : "millpond_farm",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "1091737759391329620",
            "id" : "1091737759391329620"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "0",
      "id_str" : "1738577220395588629",
      "truncated" : false,
      "retweet_count" : "28",
      "id" : "1738577220395588629",
      "created_at" : "Sat Dec 23 15:08:05 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @millpond_farm: New batch of stone-ground rye flour available at the farm stand and at Sunnydale Bakes.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "4"
      ],
      "favorite_count" : "4",
      "id_str" : "1736777505083681259",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1736777505083681259",
      "created_at" : "Mon Dec 18 15:56:39 +0000 2023",
      "favorited" : false,
      "full_text" : "Yum.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "0",
      "id_str" : "1736352206516652089",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1736352206516652089",
      "created_at" : "Sun Dec 17 11:46:40 +0000 2023",
      "favorited" : false,
      "full_text" : "It was four degrees when I unlocked the door, so the bread is going to be a bit more sour than usual. No complaints.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "1",
      "id_str" : "1736074273032408195",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1736074273032408195",
      "created_at" : "Sat Dec 16 17:22:16 +0000 2023",
      "favorited" : false,
      "full_text" : "3:40am. There's something peaceful about shaping loaves before the sun comes up.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "1",
      "id_str" : "1735963552966635311",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1735963552966635311",
      "created_at" : "Sat Dec 16 10:02:18 +0000 2023",
      "favorited" : false,
      "full_text" : "Had a customer ask if the cinnamon rolls are vegan. They are very much not. They are made of butter and dreams.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "11",
      "id_str" : "1735648457218526531",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1735648457218526531",
      "created_at" : "Fri Dec 15 13:10:13 +0000 2023",
      "favorited" : false,
      "full_text" : "Our starter Gertrude got a new jar with a proper lid. She seems pleased. Please do not ask how much flour she eats.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "16"
      ],
      "favorite_count" : "11",
      "id_str" : "1734879586272435681",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1734879586272435681",
      "created_at" : "Wed Dec 13 10:15:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Merry Christmas!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "14",
      "id_str" : "1734519301493584868",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1734519301493584868",
      "created_at" : "Tue Dec 12 10:23:21 +0000 2023",
      "favorited" : false,
      "full_text" : "Bake the world a better place.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Kwame",
            "screen_name" : "kwame_runs",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1065492510036225173",
            "id" : "1065492510036225173"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "16"
      ],
      "favorite_count" : "4",
      "id_str" : "1734153243089406652",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1734153243089406652",
      "created_at" : "Mon Dec 11 10:08:46 +0000 2023",
      "favorited" : false,
      "full_text" : "@kwame_runs yes!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1734103664082137949",
      "in_reply_to_status_id" : "1734103664082137949",
      "in_reply_to_user_id" : "1065492510036225173",
      "in_reply_to_user_id_str" : "1065492510036225173",
      "in_reply_to_screen_name" : "kwame_runs"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jonah P",
            "screen_name" : "jonah_paints",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "420417929087012802",
            "id" : "420417929087012802"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "9",
      "id_str" : "1733495490063030666",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1733495490063030666",
      "created_at" : "Sat Dec 09 14:35:06 +0000 2023",
      "favorited" : false,
      "full_text" : "@jonah_paints we're closed Mondays, but open bright and early Tuesday.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1733476366452676534",
      "in_reply_to_status_id" : "1733476366452676534",
      "in_reply_to_user_id" : "420417929087012802",
      "in_reply_to_user_id_str" : "420417929087012802",
      "in_reply_to_screen_name" : "jonah_paints"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "9",
      "id_str" : "1733054301330239040",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1733054301330239040",
      "created_at" : "Fri Dec 08 09:21:58 +0000 2023",
      "favorited" : false,
      "full_text" : "Closed Monday for the holiday. Back Tuesday with whole wheat batard.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Kwame",
            "screen_name" : "kwame_runs",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1065492510036225173",
            "id" : "1065492510036225173"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "1",
      "id_str" : "1731789290379403564",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1731789290379403564",
      "created_at" : "Mon Dec 04 21:35:16 +0000 2023",
      "favorited" : false,
      "full_text" : "@kwame_runs you're the best. See you Saturday at the market?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1731655912688970824",
      "in_reply_to_status_id" : "1731655912688970824",
      "in_reply_to_user_id" : "1065492510036225173",
      "in_reply_to_user_id_str" : "1065492510036225173",
      "in_reply_to_screen_name" : "kwame_runs"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "33",
      "id_str" : "1731722740551572880",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1731722740551572880",
      "created_at" : "Mon Dec 04 17:10:49 +0000 2023",
      "favorited" : false,
      "full_text" : "Rosa talked me into making cinnamon stars again. They'll keep for three days in a paper bag, if they last that long.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "0",
      "id_str" : "1731254907829692699",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1731254907829692699",
      "created_at" : "Sun Dec 03 10:11:49 +0000 2023",
      "favorited" : false,
      "full_text" : "We're out of multigrain boule for today. More tomorrow, promise.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "18",
      "id_str" : "1731091502275533620",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1731091502275533620",
      "created_at" : "Sat Dec 02 23:22:30 +0000 2023",
      "favorited" : false,
      "full_text" : "Regular customer brought us tomatoes from her garden. We are making tomato focaccia and she is getting the first slice.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sunnydale Gazette",
            "screen_name" : "sunnydale_gazette",
            "indices" : [
              "3",
              "21"
            ],
            "id_str" : "493417691854639410",
            "id" : "493417691854639410"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "0",
      "id_str" : "1729638225842060182",
      "truncated" : false,
      "retweet_count" : "36",
      "id" : "1729638225842060182",
      "created_at" : "Tue Nov 28 23:07:42 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @sunnydale_gazette: Farmers market moves indoors to the Grange hall for the winter season.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/Haaozszn5S",
            "expanded_url" : "https://sunnydalebakes.example.com/blog/survey",
            "display_url" : "sunnydalebakes.example.com…",
            "indices" : [
              "71",
              "94"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "0",
      "id_str" : "1729247200025408473",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1729247200025408473",
      "created_at" : "Mon Nov 27 21:13:55 +0000 2023",
      "favorited" : false,
      "full_text" : "Results from our customer survey are in, and you really want more rye: https://t.co/Haaozszn5S",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "5",
      "id_str" : "1728362693783678634",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1728362693783678634",
      "created_at" : "Sat Nov 25 10:39:12 +0000 2023",
      "favorited" : false,
      "full_text" : "4am. Just me, the mixer and a very sleepy Biscuit. Doors open at 7.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/hhf8C5KDBH",
            "expanded_url" : "https://sunnydalebakes.example.com/millpond-farm",
            "display_url" : "sunnydalebakes.example.com…",
            "indices" : [
              "58",
              "81"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "2",
      "id_str" : "1728347874621171633",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1728347874621171633",
      "created_at" : "Sat Nov 25 09:40:19 +0000 2023",
      "favorited" : false,
      "full_text" : "Millpond Farm is where our flour comes from. Go see them: https://t.co/hhf8C5KDBH 🍞",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "13"
      ],
      "favorite_count" : "2",
      "id_str" : "1726534664927077620",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1726534664927077620",
      "created_at" : "Mon Nov 20 09:35:16 +0000 2023",
      "favorited" : false,
      "full_text" : "Back tomorrow",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "2",
      "id_str" : "1726238217726537439",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1726238217726537439",
      "created_at" : "Sun Nov 19 13:57:17 +0000 2023",
      "favorited" : false,
      "full_text" : "Reminder: the Sunnydale Historical Society walking tour is on Saturday afternoon. Rosa is running our booth, so be nice to her. See you there!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "smalltown",
            "indices" : [
              "93",
              "103"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "22",
      "id_str" : "1726229035780721146",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1726229035780721146",
      "created_at" : "Sun Nov 19 13:20:48 +0000 2023",
      "favorited" : false,
      "full_text" : "First tray of apple hand pies is out. Made with local eggs and a little too much enthusiasm. #smalltown",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "6",
      "id_str" : "1726226294748268150",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1726226294748268150",
      "created_at" : "Sun Nov 19 13:09:55 +0000 2023",
      "favorited" : false,
      "full_text" : "Morning buns just came out of the oven. They'll keep for three days in a paper bag, if they last that long.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "39",
      "id_str" : "1725982822085438573",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1725982822085438573",
      "created_at" : "Sat Nov 18 21:02:26 +0000 2023",
      "favorited" : false,
      "full_text" : "Mark your calendars: the farmers market is this Saturday, 8 to noon. Rosa is running our booth, so be nice to her.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "bakerylife",
            "indices" : [
              "149",
              "160"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "160"
      ],
      "favorite_count" : "32",
      "id_str" : "1725956348744271192",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1725956348744271192",
      "created_at" : "Sat Nov 18 19:17:14 +0000 2023",
      "favorited" : false,
      "full_text" : "Apple hand pies for the early birds, maple pecan sticky buns for everybody else. They'll keep for three days in a paper bag, if they last that long. #bakerylife",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/VHhSZM14Iv",
            "expanded_url" : "https://sunnydalebakes.example.com/menu/spring",
            "display_url" : "sunnydalebakes.example.com…",
            "indices" : [
              "0",
              "23"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "0",
      "id_str" : "1725620741747346089",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1725620741747346089",
      "created_at" : "Fri Nov 17 21:03:39 +0000 2023",
      "favorited" : false,
      "full_text" : "https://t.co/VHhSZM14Iv our spring menu, hot off the printer https://t.co/VHhSZM14Iv 🍞",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "34",
      "id_str" : "1724781504370715765",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1724781504370715765",
      "created_at" : "Wed Nov 15 13:28:50 +0000 2023",
      "favorited" : false,
      "full_text" : "Sweater weather is officially here, so coffee is half price for anyone who walked here. We made extra English muffins.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Priya",
            "screen_name" : "priya_cooks",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "543425549010116242",
            "id" : "543425549010116242"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "58"
      ],
      "favorite_count" : "16",
      "id_str" : "1724447542526580978",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1724447542526580978",
      "created_at" : "Tue Nov 14 15:21:47 +0000 2023",
      "favorited" : false,
      "full_text" : "@priya_cooks not yet, but we're working on it. Stay tuned.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1724413318302450095",
      "in_reply_to_status_id" : "1724413318302450095",
      "in_reply_to_user_id" : "543425549010116242",
      "in_reply_to_user_id_str" : "543425549010116242",
      "in_reply_to_screen_name" : "priya_cooks"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "1",
      "id_str" : "1723992091119373066",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1723992091119373066",
      "created_at" : "Mon Nov 13 09:11:59 +0000 2023",
      "favorited" : false,
      "full_text" : "3:55am. Ovens on, radio on, coffee on. In that order. The owls on Elm Street are very chatty today. ☕️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "19",
      "id_str" : "1723645447388739226",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1723645447388739226",
      "created_at" : "Sun Nov 12 10:14:33 +0000 2023",
      "favorited" : false,
      "full_text" : "A toddler pressed his face against the pastry case for ten full minutes. Mood.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "8",
      "id_str" : "1723629492957767284",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1723629492957767284",
      "created_at" : "Sun Nov 12 09:11:09 +0000 2023",
      "favorited" : false,
      "full_text" : "We're trying out Saturday hours until 4pm this month. Let us know if that helps you.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "182"
      ],
      "favorite_count" : "18",
      "id_str" : "1723285222424714568",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1723285222424714568",
      "created_at" : "Sat Nov 11 10:23:08 +0000 2023",
      "favorited" : false,
      "full_text" : "Who's going? The library book sale is this weekend. Proceeds from every honey oat sandwich loaf we sell that day go to the library fund. Bring cash, the signal out there is terrible.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/B3EfuVAn4u",
            "expanded_url" : "https://sunnydalebakes.example.com/menu/spring",
            "display_url" : "sunnydalebakes.example.com…",
            "indices" : [
              "0",
              "23"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "10",
      "id_str" : "1722925043159997541",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1722925043159997541",
      "created_at" : "Fri Nov 10 10:31:55 +0000 2023",
      "favorited" : false,
      "full_text" : "https://t.co/B3EfuVAn4u our spring menu, hot off the printer https://t.co/B3EfuVAn4u Enjoy!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "3",
      "id_str" : "1722607565826628859",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1722607565826628859",
      "created_at" : "Thu Nov 09 13:30:22 +0000 2023",
      "favorited" : false,
      "full_text" : "The focaccia has dimples and so do you when you eat it. Sorry.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "143"
      ],
      "favorite_count" : "0",
      "id_str" : "1722391622205178309",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1722391622205178309",
      "created_at" : "Wed Nov 08 23:12:17 +0000 2023",
      "favorited" : false,
      "full_text" : "Mark your calendars: the Harvest Fair is this weekend. Stop by the shop on your way for a coffee and everything bagels. Wear comfortable shoes.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "0",
      "id_str" : "1722037979411797867",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1722037979411797867",
      "created_at" : "Tue Nov 07 23:47:02 +0000 2023",
      "favorited" : false,
      "full_text" : "Our starter Gertrude got split in half so Mrs. Patel could start her own. Never a dull moment with that jar.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "3",
      "id_str" : "1721467400820279929",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1721467400820279929",
      "created_at" : "Mon Nov 06 09:59:46 +0000 2023",
      "favorited" : false,
      "full_text" : "Cold, bright and crisp, so please be careful out there, we'll be here when you get here.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "0",
      "id_str" : "1721146920700021594",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1721146920700021594",
      "created_at" : "Sun Nov 05 12:46:17 +0000 2023",
      "favorited" : false,
      "full_text" : "Big thanks to everyone who came out for our birthday yesterday. Two years on Main Street!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "6",
      "id_str" : "1721093681187639197",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1721093681187639197",
      "created_at" : "Sun Nov 05 09:14:44 +0000 2023",
      "favorited" : false,
      "full_text" : "Warm afternoon for October, nobody is complaining, so the dough is proofing slow and I'm drinking an extra coffee.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "sourdough",
            "indices" : [
              "54",
              "64"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/euKQ8HQdPY",
            "expanded_url" : "https://sunnydalebakes.example.com/orders/holiday",
            "display_url" : "sunnydalebakes.example.com…",
            "indices" : [
              "30",
              "53"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "11",
      "id_str" : "1720973815851229486",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1720973815851229486",
      "created_at" : "Sun Nov 05 01:18:26 +0000 2023",
      "favorited" : false,
      "full_text" : "Our holiday order form is up: https://t.co/euKQ8HQdPY #sourdough",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "50"
      ],
      "favorite_count" : "31",
      "id_str" : "1720855313937258758",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1720855313937258758",
      "created_at" : "Sat Nov 04 17:27:33 +0000 2023",
      "favorited" : false,
      "full_text" : "You're the yeast I could do is say good morning. 😅",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "7"
      ],
      "favorite_count" : "8",
      "id_str" : "1720430407562203301",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1720430407562203301",
      "created_at" : "Fri Nov 03 13:19:07 +0000 2023",
      "favorited" : false,
      "full_text" : "Pie day",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "bakingtips",
            "indices" : [
              "69",
              "80"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "0",
      "id_str" : "1720073165327961349",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1720073165327961349",
      "created_at" : "Thu Nov 02 13:39:34 +0000 2023",
      "favorited" : false,
      "full_text" : "Quick tip: keep a notebook of every bake. Future you will thank you. #bakingtips",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/2ksKKRkRuU",
            "expanded_url" : "https://sunnydalebakes.example.com/history/main-street",
            "display_url" : "sunnydalebakes.example.com…",
            "indices" : [
              "68",
              "91"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "28",
      "id_str" : "1720038920555165479",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1720038920555165479",
      "created_at" : "Thu Nov 02 11:23:30 +0000 2023",
      "favorited" : false,
      "full_text" : "Read about the history of the old hardware store building we're in: https://t.co/2ksKKRkRuU 🍞",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "16",
      "id_str" : "1719311996812449092",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1719311996812449092",
      "created_at" : "Tue Oct 31 11:14:57 +0000 2023",
      "favorited" : false,
      "full_text" : "On the shelf this Tuesday:\n- soda bread\n- multigrain boule\n- seeded rye\n- lemon poppyseed loaf\n\nCome and get it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "0",
      "id_str" : "1719310885005550306",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1719310885005550306",
      "created_at" : "Tue Oct 31 11:10:32 +0000 2023",
      "favorited" : false,
      "full_text" : "Caraway rye is back on the shelf today. Crunchy outside &amp; soft inside, the way it should be. 🍞",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "0",
      "id_str" : "1718952385696857394",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1718952385696857394",
      "created_at" : "Mon Oct 30 11:25:59 +0000 2023",
      "favorited" : false,
      "full_text" : "Gertrude the starter was fed at 4am and was ready by 9, right on schedule. Gertrude update over.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Town of Sunnydale",
            "screen_name" : "sunnydale_town",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "321749691526452125",
            "id" : "321749691526452125"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "0",
      "id_str" : "1718922468351728954",
      "truncated" : false,
      "retweet_count" : "28",
      "id" : "1718922468351728954",
      "created_at" : "Mon Oct 30 09:27:07 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @sunnydale_town: The town green will host movie night every Friday in July. Bring a blanket.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "141"
      ],
      "favorite_count" : "5",
      "id_str" : "1718799701894875189",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1718799701894875189",
      "created_at" : "Mon Oct 30 01:19:17 +0000 2023",
      "favorited" : false,
      "full_text" : "The maples on Elm Street have gone full orange, so coffee is half price for anyone who walked here. Come warm up with some country sourdough.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "15",
      "id_str" : "1718201108955274089",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1718201108955274089",
      "created_at" : "Sat Oct 28 09:40:41 +0000 2023",
      "favorited" : false,
      "full_text" : "Somebody asked for whole wheat batard on Tuesday, so here we are. Ask for the end piece, it's the best part.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sunnydale Public Library",
            "screen_name" : "sdale_library",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "673903061079703718",
            "id" : "673903061079703718"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "0",
      "id_str" : "1717982104210596813",
      "truncated" : false,
      "retweet_count" : "20",
      "id" : "1717982104210596813",
      "created_at" : "Fri Oct 27 19:10:26 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @sdale_library: Thank you to everyone who came to bread story hour. The kids made paper croissants.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "135"
      ],
      "favorite_count" : "11",
      "id_str" : "1717482161347208017",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1717482161347208017",
      "created_at" : "Thu Oct 26 10:03:51 +0000 2023",
      "favorited" : false,
      "full_text" : "Foggy morning down by the river, which means soup and bread season is here, and I'm thrilled. Come warm up with some everything bagels.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "2",
      "id_str" : "1717166439188360794",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1717166439188360794",
      "created_at" : "Wed Oct 25 13:09:17 +0000 2023",
      "favorited" : false,
      "full_text" : "A man walked in, sniffed the air, said 'rye', bought rye, left. Efficient.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/QQG4LE4kRQ",
            "expanded_url" : "https://sunnydalebakes.example.com/gazette/bakery-profile",
            "display_url" : "sunnydalebakes.example.com…",
            "indices" : [
              "58",
              "81"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "4",
      "id_str" : "1716444959510583421",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1716444959510583421",
      "created_at" : "Mon Oct 23 13:22:23 +0000 2023",
      "favorited" : false,
      "full_text" : "The Gazette did a little story about us and I'm blushing: https://t.co/QQG4LE4kRQ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "shoplocal",
            "indices" : [
              "143",
              "153"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "153"
      ],
      "favorite_count" : "1",
      "id_str" : "1715814063236385201",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1715814063236385201",
      "created_at" : "Sat Oct 21 19:35:25 +0000 2023",
      "favorited" : false,
      "full_text" : "The maple pecan sticky buns got an extra hour in the fridge overnight and it shows. We're saving a few for the lunch crowd this time, promise. #shoplocal",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "9",
      "id_str" : "1715813822593177008",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1715813822593177008",
      "created_at" : "Sat Oct 21 19:34:28 +0000 2023",
      "favorited" : false,
      "full_text" : "Theo scored all the chocolate babka this morning by himself. Made with local eggs and a little too much enthusiasm.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jonah P",
            "screen_name" : "jonah_paints",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "420417929087012802",
            "id" : "420417929087012802"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "3",
      "id_str" : "1715806133283398852",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1715806133283398852",
      "created_at" : "Sat Oct 21 19:03:54 +0000 2023",
      "favorited" : false,
      "full_text" : "@jonah_paints we do have a few vegan options: the country sourdough, the baguettes and the focaccia.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1715801099439164694",
      "in_reply_to_status_id" : "1715801099439164694",
      "in_reply_to_user_id" : "420417929087012802",
      "in_reply_to_user_id_str" : "420417929087012802",
      "in_reply_to_screen_name" : "jonah_paints"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "0",
      "id_str" : "1715319427600318760",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1715319427600318760",
      "created_at" : "Fri Oct 20 10:49:55 +0000 2023",
      "favorited" : false,
      "full_text" : "We're out of cranberry walnut loaf for today. More tomorrow, promise.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Mabel",
            "screen_name" : "mabel_knits",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "294566335190633490",
            "id" : "294566335190633490"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "7",
      "id_str" : "1715174804161881366",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1715174804161881366",
      "created_at" : "Fri Oct 20 01:15:14 +0000 2023",
      "favorited" : false,
      "full_text" : "@mabel_knits Biscuit says hi and would like to be petted again soon.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1715143347661311478",
      "in_reply_to_status_id" : "1715143347661311478",
      "in_reply_to_user_id" : "294566335190633490",
      "in_reply_to_user_id_str" : "294566335190633490",
      "in_reply_to_screen_name" : "mabel_knits"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rosa M.",
            "screen_name" : "rosa_bakes",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "929098462220918293",
            "id" : "929098462220918293"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "0",
      "id_str" : "1715094981519613289",
      "truncated" : false,
      "retweet_count" : "13",
      "id" : "1715094981519613289",
      "created_at" : "Thu Oct 19 19:58:03 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @rosa_bakes: First time making kouign-amann by myself and I think I'm in love.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sunnydale Gazette",
            "screen_name" : "sunnydale_gazette",
            "indices" : [
              "3",
              "21"
            ],
            "id_str" : "493417691854639410",
            "id" : "493417691854639410"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "0",
      "id_str" : "1715024746479975988",
      "truncated" : false,
      "retweet_count" : "25",
      "id" : "1715024746479975988",
      "created_at" : "Thu Oct 19 15:18:57 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @sunnydale_gazette: Sunnydale High's robotics team is headed to the state finals.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "7",
      "id_str" : "1714960447792512303",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1714960447792512303",
      "created_at" : "Thu Oct 19 11:03:27 +0000 2023",
      "favorited" : false,
      "full_text" : "Our Thursday regular brings her knitting and has now made scarves for every member of staff.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "0",
      "id_str" : "1714628948642724015",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1714628948642724015",
      "created_at" : "Wed Oct 18 13:06:12 +0000 2023",
      "favorited" : false,
      "full_text" : "The muffins are having a berry good day.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "18"
      ],
      "favorite_count" : "7",
      "id_str" : "1714599408956491348",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1714599408956491348",
      "created_at" : "Wed Oct 18 11:08:49 +0000 2023",
      "favorited" : false,
      "full_text" : "Pumpkin everything",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sam",
            "screen_name" : "sam_on_elm",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1106354070644613044",
            "id" : "1106354070644613044"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "3",
      "id_str" : "1714457195118392454",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1714457195118392454",
      "created_at" : "Wed Oct 18 01:43:43 +0000 2023",
      "favorited" : false,
      "full_text" : "@sam_on_elm that's the nicest review we've ever gotten, thank you.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1714341938281774570",
      "in_reply_to_status_id" : "1714341938281774570",
      "in_reply_to_user_id" : "1106354070644613044",
      "in_reply_to_user_id_str" : "1106354070644613044",
      "in_reply_to_screen_name" : "sam_on_elm"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sam",
            "screen_name" : "sam_on_elm",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1106354070644613044",
            "id" : "1106354070644613044"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "16",
      "id_str" : "1713927336095906979",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1713927336095906979",
      "created_at" : "Mon Oct 16 14:38:14 +0000 2023",
      "favorited" : false,
      "full_text" : "@sam_on_elm absolutely, bring a clean jar and we'll give you some starter.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1713919534952151456",
      "in_reply_to_status_id" : "1713919534952151456",
      "in_reply_to_user_id" : "1106354070644613044",
      "in_reply_to_user_id_str" : "1106354070644613044",
      "in_reply_to_screen_name" : "sam_on_elm"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "11",
      "id_str" : "1713899209352985267",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1713899209352985267",
      "created_at" : "Mon Oct 16 12:46:28 +0000 2023",
      "favorited" : false,
      "full_text" : "First frost on the windshields today, and Biscuit refuses to leave his spot on the mat.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "sourdough",
            "indices" : [
              "89",
              "99"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "20",
      "id_str" : "1713151504137162162",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1713151504137162162",
      "created_at" : "Sat Oct 14 11:15:22 +0000 2023",
      "favorited" : false,
      "full_text" : "Baking tip: rubbing a little oil on the proofing bowl saves you a lot of scraping later. #sourdough",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lou",
            "screen_name" : "lou_tomatoes",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "114463376364279016",
            "id" : "114463376364279016"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "33",
      "id_str" : "1712856896399453146",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1712856896399453146",
      "created_at" : "Fri Oct 13 15:44:42 +0000 2023",
      "favorited" : false,
      "full_text" : "@lou_tomatoes it freezes really well, just wrap it tight and toast it from frozen.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1712783664083630127",
      "in_reply_to_status_id" : "1712783664083630127",
      "in_reply_to_user_id" : "114463376364279016",
      "in_reply_to_user_id_str" : "114463376364279016",
      "in_reply_to_screen_name" : "lou_tomatoes"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "28",
      "id_str" : "1711863974758036987",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1711863974758036987",
      "created_at" : "Tue Oct 10 21:59:11 +0000 2023",
      "favorited" : false,
      "full_text" : "Rise and shine. Mostly rise. Sorry.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sunnydale Gazette",
            "screen_name" : "sunnydale_gazette",
            "indices" : [
              "3",
              "21"
            ],
            "id_str" : "493417691854639410",
            "id" : "493417691854639410"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "0",
      "id_str" : "1711530592482656600",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1711530592482656600",
      "created_at" : "Mon Oct 09 23:54:26 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @sunnydale_gazette: Otters win the county championship for the first time since 1998!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "12",
      "id_str" : "1711517874754882262",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1711517874754882262",
      "created_at" : "Mon Oct 09 23:03:54 +0000 2023",
      "favorited" : false,
      "full_text" : "Somebody asked what our most popular item is. It's the country sourdough, by a mile, every single week.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "1",
      "id_str" : "1711095695322806740",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1711095695322806740",
      "created_at" : "Sun Oct 08 19:06:19 +0000 2023",
      "favorited" : false,
      "full_text" : "Theo scored all the morning buns this morning by himself. The secret is patience. And butter. Mostly butter. 🥐",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Bean There Coffee Cart",
            "screen_name" : "beanthere_cart",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "67909186536814319",
            "id" : "67909186536814319"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "0",
      "id_str" : "1710953379568157499",
      "truncated" : false,
      "retweet_count" : "37",
      "id" : "1710953379568157499",
      "created_at" : "Sun Oct 08 09:40:48 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @beanthere_cart: Parked outside the library all week. Grab a coffee, then go grab a croissant next door.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "0",
      "id_str" : "1709688345616112502",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1709688345616112502",
      "created_at" : "Wed Oct 04 21:54:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Home baker tip: if your oven runs hot, buy a cheap oven thermometer. Ours lies by 15 degrees.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "5",
      "id_str" : "1709505820111137828",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1709505820111137828",
      "created_at" : "Wed Oct 04 09:48:43 +0000 2023",
      "favorited" : false,
      "full_text" : "Reminder: the Harvest Fair is this weekend. We'll be there with samples and terrible puns. Bring cash, the signal out there is terrible.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Millpond Farm",
            "screen_name" : "millpond_farm",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "1091737759391329620",
            "id" : "1091737759391329620"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "0",
      "id_str" : "1708495326801723058",
      "truncated" : false,
      "retweet_count" : "19",
      "id" : "1708495326801723058",
      "created_at" : "Sun Oct 01 14:53:22 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @millpond_farm: Apple picking opens Saturday. Cider, doughnuts and a corn maze for the kids.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "2",
      "id_str" : "1707513300487569581",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1707513300487569581",
      "created_at" : "Thu Sep 28 21:51:09 +0000 2023",
      "favorited" : false,
      "full_text" : "Back by popular demand (well, by two people asking very nicely): kouign-amann. Ask for the end piece, it's the best part. Happy Thursday!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "12",
      "id_str" : "1707481525638340243",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1707481525638340243",
      "created_at" : "Thu Sep 28 19:44:53 +0000 2023",
      "favorited" : false,
      "full_text" : "4:30am. First batch of dough is resting and so am I, for five minutes. Just me, the mixer and a very sleepy Biscuit.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "42",
      "id_str" : "1707343260122608664",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1707343260122608664",
      "created_at" : "Thu Sep 28 10:35:28 +0000 2023",
      "favorited" : false,
      "full_text" : "The lemon poppyseed loaf turned out gorgeous today. We're saving a few for the lunch crowd this time, promise. 🥐",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "0",
      "id_str" : "1706981369961348828",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1706981369961348828",
      "created_at" : "Wed Sep 27 10:37:27 +0000 2023",
      "favorited" : false,
      "full_text" : "Three years ago I was baking in my apartment kitchen and dreaming about this. Keep dreaming, friends.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "3",
      "id_str" : "1706756062607136077",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1706756062607136077",
      "created_at" : "Tue Sep 26 19:42:09 +0000 2023",
      "favorited" : false,
      "full_text" : "The mail carrier gets a free cookie every day. It's in the bylaws. I wrote the bylaws.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Hazel's Books",
            "screen_name" : "hazels_books",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "1142714035781470244",
            "id" : "1142714035781470244"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "0",
      "id_str" : "1706718778994838543",
      "truncated" : false,
      "retweet_count" : "16",
      "id" : "1706718778994838543",
      "created_at" : "Tue Sep 26 17:14:00 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @hazels_books: Author reading Friday at 7. Refreshments from the bakery next door, naturally.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "2",
      "id_str" : "1706117321311302187",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1706117321311302187",
      "created_at" : "Mon Sep 25 01:24:02 +0000 2023",
      "favorited" : false,
      "full_text" : "On the shelf this Sunday:\n- ham and gruyère croissants\n- cardamom knots\n- pumpkin loaf\n- country sourdough\n\nRye is limited!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "2",
      "id_str" : "1705912982863290973",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1705912982863290973",
      "created_at" : "Sun Sep 24 11:52:04 +0000 2023",
      "favorited" : false,
      "full_text" : "New on the menu this week: multigrain boule. We're saving a few for the lunch crowd this time, promise.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "16",
      "id_str" : "1705910524406417228",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1705910524406417228",
      "created_at" : "Sun Sep 24 11:42:17 +0000 2023",
      "favorited" : false,
      "full_text" : "I think bread might be my love language.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "bakingtips",
            "indices" : [
              "110",
              "121"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "3",
      "id_str" : "1705279916407878470",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1705279916407878470",
      "created_at" : "Fri Sep 22 17:56:29 +0000 2023",
      "favorited" : false,
      "full_text" : "Free advice: your kitchen temperature matters more than the recipe's timings. Watch the dough, not the clock. #bakingtips",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "1",
      "id_str" : "1705203452556563391",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1705203452556563391",
      "created_at" : "Fri Sep 22 12:52:38 +0000 2023",
      "favorited" : false,
      "full_text" : "First frost on the windshields today, so please be careful out there, we'll be here when you get here. Good day for pumpkin loaf.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "30",
      "id_str" : "1705175095635053283",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1705175095635053283",
      "created_at" : "Fri Sep 22 10:59:58 +0000 2023",
      "favorited" : false,
      "full_text" : "Baked pumpkin loaf with the last of this season's flour. Salt &amp; pepper on top, trust the process.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "The Finches",
            "screen_name" : "the_finch_fam",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "833867734205115520",
            "id" : "833867734205115520"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "7",
      "id_str" : "1704543516185425415",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1704543516185425415",
      "created_at" : "Wed Sep 20 17:10:17 +0000 2023",
      "favorited" : false,
      "full_text" : "@the_finch_fam we'll be at the fair all weekend, come find the yellow tent.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1704507526899930371",
      "in_reply_to_status_id" : "1704507526899930371",
      "in_reply_to_user_id" : "833867734205115520",
      "in_reply_to_user_id_str" : "833867734205115520",
      "in_reply_to_screen_name" : "the_finch_fam"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sunnydale Gazette",
            "screen_name" : "sunnydale_gazette",
            "indices" : [
              "3",
              "21"
            ],
            "id_str" : "493417691854639410",
            "id" : "493417691854639410"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "0",
      "id_str" : "1704495641794606818",
      "truncated" : false,
      "retweet_count" : "25",
      "id" : "1704495641794606818",
      "created_at" : "Wed Sep 20 14:00:03 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @sunnydale_gazette: Local bakery donates 500 loaves to the food pantry this winter.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Dan at Station 7",
            "screen_name" : "dan_firehouse7",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "348476591988949195",
            "id" : "348476591988949195"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "7",
      "id_str" : "1704217497703179153",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1704217497703179153",
      "created_at" : "Tue Sep 19 19:34:48 +0000 2023",
      "favorited" : false,
      "full_text" : "@dan_firehouse7 see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1704174209742428041",
      "in_reply_to_status_id" : "1704174209742428041",
      "in_reply_to_user_id" : "348476591988949195",
      "in_reply_to_user_id_str" : "348476591988949195",
      "in_reply_to_screen_name" : "dan_firehouse7"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "10",
      "id_str" : "1703701369596368958",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1703701369596368958",
      "created_at" : "Mon Sep 18 09:23:54 +0000 2023",
      "favorited" : false,
      "full_text" : "Mark your calendars: trick-or-treat on Main Street is on the 31st. We'll be there with samples and terrible puns. Can't wait.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "10",
      "id_str" : "1703372410108275684",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1703372410108275684",
      "created_at" : "Sun Sep 17 11:36:44 +0000 2023",
      "favorited" : false,
      "full_text" : "Theo finished his first full shift alone today. Proud boss moment.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sunnydale Gazette",
            "screen_name" : "sunnydale_gazette",
            "indices" : [
              "3",
              "21"
            ],
            "id_str" : "493417691854639410",
            "id" : "493417691854639410"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "0",
      "id_str" : "1703358968655528425",
      "truncated" : false,
      "retweet_count" : "37",
      "id" : "1703358968655528425",
      "created_at" : "Sun Sep 17 10:43:19 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @sunnydale_gazette: Pie contest results: blue ribbon to Lou Marino for her sour cherry lattice.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "12",
      "id_str" : "1703158686016392103",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1703158686016392103",
      "created_at" : "Sat Sep 16 21:27:28 +0000 2023",
      "favorited" : false,
      "full_text" : "The apple festival out at Millpond Farm is on Sunday! We'll have a table with pretzel rolls and English muffins. Wear comfortable shoes.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "sunnydale",
            "indices" : [
              "117",
              "127"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "41",
      "id_str" : "1702640818873979732",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1702640818873979732",
      "created_at" : "Fri Sep 15 11:09:39 +0000 2023",
      "favorited" : false,
      "full_text" : "Mark your calendars: the Harvest Fair is this weekend. We'll have a table with sticky buns and sesame semolina loaf. #sunnydale",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Millpond Farm",
            "screen_name" : "millpond_farm",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1091737759391329620",
            "id" : "1091737759391329620"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "19"
      ],
      "favorite_count" : "8",
      "id_str" : "1702290371712619882",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1702290371712619882",
      "created_at" : "Thu Sep 14 11:57:06 +0000 2023",
      "favorited" : false,
      "full_text" : "@millpond_farm yes!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1702202544467701117",
      "in_reply_to_status_id" : "1702202544467701117",
      "in_reply_to_user_id" : "1091737759391329620",
      "in_reply_to_user_id_str" : "1091737759391329620",
      "in_reply_to_screen_name" : "millpond_farm"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "2",
      "id_str" : "1701981646320730381",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1701981646320730381",
      "created_at" : "Wed Sep 13 15:30:20 +0000 2023",
      "favorited" : false,
      "full_text" : "What do you call a sad loaf of bread? Pumpernickel-ancholy.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "4",
      "id_str" : "1701235929574121286",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1701235929574121286",
      "created_at" : "Mon Sep 11 14:07:07 +0000 2023",
      "favorited" : false,
      "full_text" : "We're out of English muffins for today. More tomorrow, promise.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sam",
            "screen_name" : "sam_on_elm",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1106354070644613044",
            "id" : "1106354070644613044"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "21",
      "id_str" : "1700885121347569500",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700885121347569500",
      "created_at" : "Sun Sep 10 14:53:08 +0000 2023",
      "favorited" : false,
      "full_text" : "@sam_on_elm it freezes really well, just wrap it tight and toast it from frozen.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1700873043806697229",
      "in_reply_to_status_id" : "1700873043806697229",
      "in_reply_to_user_id" : "1106354070644613044",
      "in_reply_to_user_id_str" : "1106354070644613044",
      "in_reply_to_screen_name" : "sam_on_elm"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jonah P",
            "screen_name" : "jonah_paints",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "420417929087012802",
            "id" : "420417929087012802"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "7",
      "id_str" : "1700454270937080080",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700454270937080080",
      "created_at" : "Sat Sep 09 10:21:05 +0000 2023",
      "favorited" : false,
      "full_text" : "@jonah_paints honestly it's the butter. It's always the butter.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1700409473569903215",
      "in_reply_to_status_id" : "1700409473569903215",
      "in_reply_to_user_id" : "420417929087012802",
      "in_reply_to_user_id_str" : "420417929087012802",
      "in_reply_to_screen_name" : "jonah_paints"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "146"
      ],
      "favorite_count" : "2",
      "id_str" : "1700315419481365564",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700315419481365564",
      "created_at" : "Sat Sep 09 01:09:20 +0000 2023",
      "favorited" : false,
      "full_text" : "Rain and wind all night, the awning survived, which makes this a fine day to stay inside and knead something. Come warm up with some pumpkin loaf.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "sourdough",
            "indices" : [
              "67",
              "77"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/rIL7FyKpx7",
            "expanded_url" : "https://sunnydalebakes.example.com/classes/kids",
            "display_url" : "sunnydalebakes.example.com…",
            "indices" : [
              "43",
              "66"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "3",
      "id_str" : "1700174989751540931",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1700174989751540931",
      "created_at" : "Fri Sep 08 15:51:19 +0000 2023",
      "favorited" : false,
      "full_text" : "Sign up for our bread class for kids here: https://t.co/rIL7FyKpx7 #sourdough",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "7",
      "id_str" : "1699710507837683761",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1699710507837683761",
      "created_at" : "Thu Sep 07 09:05:38 +0000 2023",
      "favorited" : false,
      "full_text" : "Heads up: the card reader is down this morning. Cash only until the technician shows up.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "144"
      ],
      "favorite_count" : "2",
      "id_str" : "1698687382886143784",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1698687382886143784",
      "created_at" : "Mon Sep 04 13:20:06 +0000 2023",
      "favorited" : false,
      "full_text" : "A gentleman asked if we sell gluten-free bread. We don't, but we pointed him to the co-op, and he came back to tell us he found some. Sweet man.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/6R1fe9CYp8",
            "expanded_url" : "https://sunnydalebakes.example.com/menu",
            "display_url" : "sunnydalebakes.example.com…",
            "indices" : [
              "29",
              "52"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "3",
      "id_str" : "1698645021377326551",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1698645021377326551",
      "created_at" : "Mon Sep 04 10:31:47 +0000 2023",
      "favorited" : false,
      "full_text" : "Menu for the week is posted: https://t.co/6R1fe9CYp8 Enjoy!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "saturday",
            "indices" : [
              "7",
              "16"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "16"
      ],
      "favorite_count" : "8",
      "id_str" : "1698021464019807252",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1698021464019807252",
      "created_at" : "Sat Sep 02 17:13:59 +0000 2023",
      "favorited" : false,
      "full_text" : "Bagels #saturday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "3",
      "id_str" : "1697922010471574661",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1697922010471574661",
      "created_at" : "Sat Sep 02 10:38:47 +0000 2023",
      "favorited" : false,
      "full_text" : "Rosa talked me into making pretzel rolls again. A little lopsided, a lot delicious. 🥐",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "52"
      ],
      "favorite_count" : "3",
      "id_str" : "1697639300691097314",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1697639300691097314",
      "created_at" : "Fri Sep 01 15:55:24 +0000 2023",
      "favorited" : false,
      "full_text" : "Dough you know what day it is? Croissant day. Sorry.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Dan at Station 7",
            "screen_name" : "dan_firehouse7",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "348476591988949195",
            "id" : "348476591988949195"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "26",
      "id_str" : "1697295271406379870",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1697295271406379870",
      "created_at" : "Thu Aug 31 17:08:21 +0000 2023",
      "favorited" : false,
      "full_text" : "@dan_firehouse7 bread &amp; butter pudding is on Sundays only, sorry! Worth the wait.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1697152833106557587",
      "in_reply_to_status_id" : "1697152833106557587",
      "in_reply_to_user_id" : "348476591988949195",
      "in_reply_to_user_id_str" : "348476591988949195",
      "in_reply_to_screen_name" : "dan_firehouse7"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "sourdough",
            "indices" : [
              "127",
              "137"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "5",
      "id_str" : "1696893121441976992",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1696893121441976992",
      "created_at" : "Wed Aug 30 14:30:21 +0000 2023",
      "favorited" : false,
      "full_text" : "Back by popular demand (well, by two people asking very nicely): blueberry hand pies. The crumb shot alone made my whole week. #sourdough",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "3",
      "id_str" : "1696528780346913928",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1696528780346913928",
      "created_at" : "Tue Aug 29 14:22:35 +0000 2023",
      "favorited" : false,
      "full_text" : "I'm not saying the sticky buns are addictive but I have a support group now. I'll see myself out.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "10"
      ],
      "favorite_count" : "19",
      "id_str" : "1696479309987301842",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1696479309987301842",
      "created_at" : "Tue Aug 29 11:06:01 +0000 2023",
      "favorited" : false,
      "full_text" : "Morning ☀️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "13",
      "id_str" : "1696466149126629938",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1696466149126629938",
      "created_at" : "Tue Aug 29 10:13:43 +0000 2023",
      "favorited" : false,
      "full_text" : "Quarter to five. The delivery truck from Millpond Farm just pulled up with the flour. See you in a few hours.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "15",
      "id_str" : "1696308977967909336",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1696308977967909336",
      "created_at" : "Mon Aug 28 23:49:10 +0000 2023",
      "favorited" : false,
      "full_text" : "Heat wave, day four, so we're keeping the ovens low and the front door propped open.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "14",
      "id_str" : "1695765210412474585",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1695765210412474585",
      "created_at" : "Sun Aug 27 11:48:26 +0000 2023",
      "favorited" : false,
      "full_text" : "Water you doing today? Come get a roll. 🥖",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "145"
      ],
      "favorite_count" : "0",
      "id_str" : "1695611626900448338",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1695611626900448338",
      "created_at" : "Sun Aug 27 01:38:09 +0000 2023",
      "favorited" : false,
      "full_text" : "Beautiful clear morning, not a cloud over the water tower, so we're baking early and closing the oven doors by ten. We made extra zucchini bread.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/b3E8YZtfER",
            "expanded_url" : "https://sunnydalebakes.example.com/library/bread-exhibit",
            "display_url" : "sunnydalebakes.example.com…",
            "indices" : [
              "67",
              "90"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "5",
      "id_str" : "1695084078127248955",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1695084078127248955",
      "created_at" : "Fri Aug 25 14:41:52 +0000 2023",
      "favorited" : false,
      "full_text" : "The library is running a bread history exhibit and it's wonderful: https://t.co/b3E8YZtfER",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sunnydale Public Library",
            "screen_name" : "sdale_library",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "673903061079703718",
            "id" : "673903061079703718"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "0",
      "id_str" : "1694016454925890492",
      "truncated" : false,
      "retweet_count" : "35",
      "id" : "1694016454925890492",
      "created_at" : "Tue Aug 22 15:59:30 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @sdale_library: Book sale this weekend! Hardcovers a dollar, paperbacks fifty cents.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "9",
      "id_str" : "1693678935141440207",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1693678935141440207",
      "created_at" : "Mon Aug 21 17:38:19 +0000 2023",
      "favorited" : false,
      "full_text" : "Quarter to five. Ovens on, radio on, coffee on. In that order. See you in a few hours.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Kwame",
            "screen_name" : "kwame_runs",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "1065492510036225173",
            "id" : "1065492510036225173"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "0",
      "id_str" : "1693678420161317670",
      "truncated" : false,
      "retweet_count" : "27",
      "id" : "1693678420161317670",
      "created_at" : "Mon Aug 21 17:36:17 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @kwame_runs: Post-run tradition: a cinnamon roll the size of my face. Zero regrets.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Priya",
            "screen_name" : "priya_cooks",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "543425549010116242",
            "id" : "543425549010116242"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "14"
      ],
      "favorite_count" : "0",
      "id_str" : "1693672352653919806",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1693672352653919806",
      "created_at" : "Mon Aug 21 17:12:10 +0000 2023",
      "favorited" : false,
      "full_text" : "@priya_cooks 🙏",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1693615479998968863",
      "in_reply_to_status_id" : "1693615479998968863",
      "in_reply_to_user_id" : "543425549010116242",
      "in_reply_to_user_id_str" : "543425549010116242",
      "in_reply_to_screen_name" : "priya_cooks"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jonah P",
            "screen_name" : "jonah_paints",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "420417929087012802",
            "id" : "420417929087012802"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "0",
      "id_str" : "1693567139919068585",
      "truncated" : false,
      "retweet_count" : "25",
      "id" : "1693567139919068585",
      "created_at" : "Mon Aug 21 10:14:05 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @jonah_paints: Painted the view from the bakery window this morning. Coffee, fog and the water tower.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "7",
      "id_str" : "1692649965297324380",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1692649965297324380",
      "created_at" : "Fri Aug 18 21:29:34 +0000 2023",
      "favorited" : false,
      "full_text" : "Customer asked if we could slice a loaf thinner. Dev got out a ruler. We're a full-service bakery.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "181"
      ],
      "favorite_count" : "3",
      "id_str" : "1691388298465144515",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1691388298465144515",
      "created_at" : "Tue Aug 15 09:56:09 +0000 2023",
      "favorited" : false,
      "full_text" : "Afternoon thunderstorm knocked the power out for ten minutes, and the butter for the croissants lives in the walk-in until the last possible second. Good day for sweet corn muffins.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "2",
      "id_str" : "1691261593007709755",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1691261593007709755",
      "created_at" : "Tue Aug 15 01:32:40 +0000 2023",
      "favorited" : false,
      "full_text" : "On the shelf this Monday:\n- croissants\n- cardamom knots\n- sweet corn muffins\n- peach galettes\n\nCome and get it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sunnydale Gazette",
            "screen_name" : "sunnydale_gazette",
            "indices" : [
              "3",
              "21"
            ],
            "id_str" : "493417691854639410",
            "id" : "493417691854639410"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "0",
      "id_str" : "1691097755358442794",
      "truncated" : false,
      "retweet_count" : "21",
      "id" : "1691097755358442794",
      "created_at" : "Mon Aug 14 14:41:38 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @sunnydale_gazette: Town council approves new bike racks for downtown.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "40",
      "id_str" : "1690692146897841623",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1690692146897841623",
      "created_at" : "Sun Aug 13 11:49:54 +0000 2023",
      "favorited" : false,
      "full_text" : "Tip of the day: toast your nuts and seeds before adding them to bread. So much more flavor. Happy baking!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "1",
      "id_str" : "1690315211930637257",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1690315211930637257",
      "created_at" : "Sat Aug 12 10:52:05 +0000 2023",
      "favorited" : false,
      "full_text" : "Whisk me away to a place where the cinnamon rolls are always warm. Oh wait, that's here.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "9"
      ],
      "favorite_count" : "23",
      "id_str" : "1689943047255496187",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1689943047255496187",
      "created_at" : "Fri Aug 11 10:13:14 +0000 2023",
      "favorited" : false,
      "full_text" : "Sold out!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "155"
      ],
      "favorite_count" : "11",
      "id_str" : "1689598846381734081",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1689598846381734081",
      "created_at" : "Thu Aug 10 11:25:30 +0000 2023",
      "favorited" : false,
      "full_text" : "We're experimenting with cinnamon raisin swirl made with Millpond Farm flour. It took three tries to get right and I'm not telling you about the first two.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "1",
      "id_str" : "1689294718467678040",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1689294718467678040",
      "created_at" : "Wed Aug 09 15:17:01 +0000 2023",
      "favorited" : false,
      "full_text" : "It's going to hit 95 degrees today, so the dough is rising faster than we can shape it. Good day for morning buns.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "14"
      ],
      "favorite_count" : "1",
      "id_str" : "1689225376053055025",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1689225376053055025",
      "created_at" : "Wed Aug 09 10:41:28 +0000 2023",
      "favorited" : false,
      "full_text" : "Scones are out",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "177"
      ],
      "favorite_count" : "3",
      "id_str" : "1689201885228027486",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1689201885228027486",
      "created_at" : "Wed Aug 09 09:08:07 +0000 2023",
      "favorited" : false,
      "full_text" : "Who's going? The Sunnydale Historical Society walking tour is on Saturday afternoon. The shop will close early so the whole crew can go. It's the best day of the year, fight me.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "3",
      "id_str" : "1689001766502348099",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1689001766502348099",
      "created_at" : "Tue Aug 08 19:52:55 +0000 2023",
      "favorited" : false,
      "full_text" : "Closed Monday for the holiday. Back Tuesday with jalapeño cheddar bread.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "0",
      "id_str" : "1688858895443628109",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1688858895443628109",
      "created_at" : "Tue Aug 08 10:25:12 +0000 2023",
      "favorited" : false,
      "full_text" : "Somebody asked for strawberry shortcakes on Tuesday, so here we are. Half the batch is already spoken for by the library staff.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "shoplocal",
            "indices" : [
              "84",
              "94"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "45",
      "id_str" : "1688849208471636632",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1688849208471636632",
      "created_at" : "Tue Aug 08 09:46:43 +0000 2023",
      "favorited" : false,
      "full_text" : "We made a double batch of brioche this morning. A little lopsided, a lot delicious. #shoplocal",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "164"
      ],
      "favorite_count" : "3",
      "id_str" : "1688718072307791218",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1688718072307791218",
      "created_at" : "Tue Aug 08 01:05:37 +0000 2023",
      "favorited" : false,
      "full_text" : "4am. First batch of dough is resting and so am I, for five minutes. There's something peaceful about shaping loaves before the sun comes up. See you in a few hours.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "sourdough",
            "indices" : [
              "82",
              "92"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/lE2f046WJo",
            "expanded_url" : "https://sunnydalebakes.example.com/gazette/bakery-profile",
            "display_url" : "sunnydalebakes.example.com…",
            "indices" : [
              "58",
              "81"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "0",
      "id_str" : "1688182184055996012",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1688182184055996012",
      "created_at" : "Sun Aug 06 13:36:12 +0000 2023",
      "favorited" : false,
      "full_text" : "The Gazette did a little story about us and I'm blushing: https://t.co/lE2f046WJo #sourdough",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "10",
      "id_str" : "1688176225048963986",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1688176225048963986",
      "created_at" : "Sun Aug 06 13:12:31 +0000 2023",
      "favorited" : false,
      "full_text" : "Mystery: who keeps leaving a single daisy on the bench outside? Whoever you are, thank you.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "148"
      ],
      "favorite_count" : "3",
      "id_str" : "1688137519612134770",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1688137519612134770",
      "created_at" : "Sun Aug 06 10:38:43 +0000 2023",
      "favorited" : false,
      "full_text" : "Don't forget, trivia night at the Grange hall is on Wednesday. Stop by the shop on your way for a coffee and zucchini bread. Wear comfortable shoes.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "174"
      ],
      "favorite_count" : "0",
      "id_str" : "1687750520960817503",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1687750520960817503",
      "created_at" : "Sat Aug 05 09:00:55 +0000 2023",
      "favorited" : false,
      "full_text" : "Afternoon thunderstorm knocked the power out for ten minutes, so the bread is going to be a bit more sour than usual. No complaints. Good day for olive and rosemary focaccia.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "4",
      "id_str" : "1686703614163330642",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1686703614163330642",
      "created_at" : "Wed Aug 02 11:40:53 +0000 2023",
      "favorited" : false,
      "full_text" : "Someone asked if our bread is organic. Some of it! Millpond Farm's flour is, and we say so on the labels.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "sourdough",
            "indices" : [
              "96",
              "106"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "22",
      "id_str" : "1686306918964416079",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1686306918964416079",
      "created_at" : "Tue Aug 01 09:24:34 +0000 2023",
      "favorited" : false,
      "full_text" : "Rosa talked me into making cardamom knots again. We'll put one aside for you if you call ahead. #sourdough",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sunnydale Otters",
            "screen_name" : "otters_baseball",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "171172468709992534",
            "id" : "171172468709992534"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "6",
      "id_str" : "1685238689810989847",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1685238689810989847",
      "created_at" : "Sat Jul 29 10:39:48 +0000 2023",
      "favorited" : false,
      "full_text" : "@otters_baseball thank you for the kind words, they mean a lot to a tiny bakery.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1685100780880726327",
      "in_reply_to_status_id" : "1685100780880726327",
      "in_reply_to_user_id" : "171172468709992534",
      "in_reply_to_user_id_str" : "171172468709992534",
      "in_reply_to_screen_name" : "otters_baseball"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "5",
      "id_str" : "1685225961836307545",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1685225961836307545",
      "created_at" : "Sat Jul 29 09:49:13 +0000 2023",
      "favorited" : false,
      "full_text" : "We made a double batch of olive and rosemary focaccia this morning. The whole block smells like it. Cash or card, either works.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "13"
      ],
      "favorite_count" : "3",
      "id_str" : "1685068886866308504",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1685068886866308504",
      "created_at" : "Fri Jul 28 23:25:04 +0000 2023",
      "favorited" : false,
      "full_text" : "Happy Friday!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "182"
      ],
      "favorite_count" : "4",
      "id_str" : "1684583990763904604",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1684583990763904604",
      "created_at" : "Thu Jul 27 15:18:16 +0000 2023",
      "favorited" : false,
      "full_text" : "Who's going? The fire station pancake breakfast is on Sunday morning. Proceeds from every spelt loaf we sell that day go to the library fund. It's the best day of the year, fight me.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sunnydale Public Library",
            "screen_name" : "sdale_library",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "673903061079703718",
            "id" : "673903061079703718"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "4",
      "id_str" : "1684310893950380719",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1684310893950380719",
      "created_at" : "Wed Jul 26 21:13:04 +0000 2023",
      "favorited" : false,
      "full_text" : "@sdale_library glad you made it through the snow! Coffee's hot.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1684273395214706779",
      "in_reply_to_status_id" : "1684273395214706779",
      "in_reply_to_user_id" : "673903061079703718",
      "in_reply_to_user_id_str" : "673903061079703718",
      "in_reply_to_screen_name" : "sdale_library"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "3",
      "id_str" : "1683656306417840739",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1683656306417840739",
      "created_at" : "Tue Jul 25 01:51:58 +0000 2023",
      "favorited" : false,
      "full_text" : "Someone called to ask if we're open. We answered the phone, so yes.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "The Finches",
            "screen_name" : "the_finch_fam",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "833867734205115520",
            "id" : "833867734205115520"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "1",
      "id_str" : "1683044887000225763",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1683044887000225763",
      "created_at" : "Sun Jul 23 09:22:25 +0000 2023",
      "favorited" : false,
      "full_text" : "@the_finch_fam that photo is better than anything we've ever posted.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1682904714820401469",
      "in_reply_to_status_id" : "1682904714820401469",
      "in_reply_to_user_id" : "833867734205115520",
      "in_reply_to_user_id_str" : "833867734205115520",
      "in_reply_to_screen_name" : "the_finch_fam"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "2",
      "id_str" : "1682497422248189528",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1682497422248189528",
      "created_at" : "Fri Jul 21 21:06:59 +0000 2023",
      "favorited" : false,
      "full_text" : "Our bread is so good it's un-be-leaf-able. Wait, that's the salad place. It's un-loaf-able.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Kwame",
            "screen_name" : "kwame_runs",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1065492510036225173",
            "id" : "1065492510036225173"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "21"
      ],
      "favorite_count" : "2",
      "id_str" : "1682371925814372538",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1682371925814372538",
      "created_at" : "Fri Jul 21 12:48:18 +0000 2023",
      "favorited" : false,
      "full_text" : "@kwame_runs tomorrow!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1682334930264540806",
      "in_reply_to_status_id" : "1682334930264540806",
      "in_reply_to_user_id" : "1065492510036225173",
      "in_reply_to_user_id_str" : "1065492510036225173",
      "in_reply_to_screen_name" : "kwame_runs"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "2",
      "id_str" : "1682011262377784511",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1682011262377784511",
      "created_at" : "Thu Jul 20 12:55:09 +0000 2023",
      "favorited" : false,
      "full_text" : "Dev bought me a label maker and now everything in the kitchen is labeled, including Dev.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "4",
      "id_str" : "1681266776698815009",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1681266776698815009",
      "created_at" : "Tue Jul 18 11:36:50 +0000 2023",
      "favorited" : false,
      "full_text" : "Reminder that we donate our leftover bread to the food pantry every evening. Thank you for helping us bake enough to share.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rosa M.",
            "screen_name" : "rosa_bakes",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "929098462220918293",
            "id" : "929098462220918293"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "0",
      "id_str" : "1681076976670862320",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1681076976670862320",
      "created_at" : "Mon Jul 17 23:02:38 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @rosa_bakes: Shaped 80 loaves this morning and I can't feel my arms. Worth it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "1",
      "id_str" : "1680883236364855479",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1680883236364855479",
      "created_at" : "Mon Jul 17 10:12:47 +0000 2023",
      "favorited" : false,
      "full_text" : "Rosa &amp; Theo ran the whole shop today while I was at the dentist. I'm not needed anymore &amp; I love it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "8"
      ],
      "favorite_count" : "22",
      "id_str" : "1680626795239359353",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1680626795239359353",
      "created_at" : "Sun Jul 16 17:13:47 +0000 2023",
      "favorited" : false,
      "full_text" : "Rye day.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "15"
      ],
      "favorite_count" : "18",
      "id_str" : "1680530836824815428",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1680530836824815428",
      "created_at" : "Sun Jul 16 10:52:28 +0000 2023",
      "favorited" : false,
      "full_text" : "Happy Fourth! 🎆",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "0",
      "id_str" : "1680330730410646984",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1680330730410646984",
      "created_at" : "Sat Jul 15 21:37:19 +0000 2023",
      "favorited" : false,
      "full_text" : "Hazy, hot and sticky, so we're baking early and closing the oven doors by ten. Come cool off with an iced coffee and croissants.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sunnydale Weather Nerd",
            "screen_name" : "sdale_weather",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "358817839078295868",
            "id" : "358817839078295868"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "0",
      "id_str" : "1679426083261396571",
      "truncated" : false,
      "retweet_count" : "24",
      "id" : "1679426083261396571",
      "created_at" : "Thu Jul 13 09:42:35 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @sdale_weather: First frost expected tonight. Cover your tomatoes!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sam",
            "screen_name" : "sam_on_elm",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1106354070644613044",
            "id" : "1106354070644613044"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "15",
      "id_str" : "1677798153254208322",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1677798153254208322",
      "created_at" : "Sat Jul 08 21:53:46 +0000 2023",
      "favorited" : false,
      "full_text" : "@sam_on_elm that's so kind of you, it made the whole crew smile.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1677663265304305311",
      "in_reply_to_status_id" : "1677663265304305311",
      "in_reply_to_user_id" : "1106354070644613044",
      "in_reply_to_user_id_str" : "1106354070644613044",
      "in_reply_to_screen_name" : "sam_on_elm"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "17",
      "id_str" : "1677708420174950908",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1677708420174950908",
      "created_at" : "Sat Jul 08 15:57:12 +0000 2023",
      "favorited" : false,
      "full_text" : "This challah is so braided it should charge admission. Sorry.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "2",
      "id_str" : "1676672567174207236",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1676672567174207236",
      "created_at" : "Wed Jul 05 19:21:05 +0000 2023",
      "favorited" : false,
      "full_text" : "Gertrude (the sourdough starter) is bubbling like a hot tub. We are so proud of her.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "3",
      "id_str" : "1676244306236725650",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1676244306236725650",
      "created_at" : "Tue Jul 04 14:59:20 +0000 2023",
      "favorited" : false,
      "full_text" : "Fresh bread &gt; almost everything. Fresh bread &amp; good butter &gt; everything.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Kwame",
            "screen_name" : "kwame_runs",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1065492510036225173",
            "id" : "1065492510036225173"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "19",
      "id_str" : "1676164076378818413",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1676164076378818413",
      "created_at" : "Tue Jul 04 09:40:32 +0000 2023",
      "favorited" : false,
      "full_text" : "@kwame_runs we're closed Mondays, but open bright and early Tuesday.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1676038248915645051",
      "in_reply_to_status_id" : "1676038248915645051",
      "in_reply_to_user_id" : "1065492510036225173",
      "in_reply_to_user_id_str" : "1065492510036225173",
      "in_reply_to_screen_name" : "kwame_runs"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "10",
      "id_str" : "1675950943547468554",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1675950943547468554",
      "created_at" : "Mon Jul 03 19:33:37 +0000 2023",
      "favorited" : false,
      "full_text" : "Honestly, the pastry case is my favorite window display on Main Street.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "173"
      ],
      "favorite_count" : "0",
      "id_str" : "1675443894267136156",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1675443894267136156",
      "created_at" : "Sun Jul 02 09:58:47 +0000 2023",
      "favorited" : false,
      "full_text" : "Mark your calendars: the fire station pancake breakfast is on Sunday morning. Look for the yellow tent and the smell of sticky buns. It's the best day of the year, fight me.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "2",
      "id_str" : "1675435689192790796",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1675435689192790796",
      "created_at" : "Sun Jul 02 09:26:11 +0000 2023",
      "favorited" : false,
      "full_text" : "The chocolate babka turned out gorgeous today. We're saving a few for the lunch crowd this time, promise.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "10",
      "id_str" : "1674507138909561504",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1674507138909561504",
      "created_at" : "Thu Jun 29 19:56:27 +0000 2023",
      "favorited" : false,
      "full_text" : "Beautiful clear morning, not a cloud over the water tower, so the bread is going to be a bit more sour than usual. No complaints.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "1",
      "id_str" : "1674361055097680299",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1674361055097680299",
      "created_at" : "Thu Jun 29 10:15:58 +0000 2023",
      "favorited" : false,
      "full_text" : "Whoever decided to put chocolate inside bread deserves a medal.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ellie",
            "screen_name" : "ellie_bee",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "337325142763604624",
            "id" : "337325142763604624"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "2",
      "id_str" : "1673987921691470611",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1673987921691470611",
      "created_at" : "Wed Jun 28 09:33:16 +0000 2023",
      "favorited" : false,
      "full_text" : "@ellie_bee bread &amp; butter pudding is on Sundays only, sorry! Worth the wait.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1673844981932881710",
      "in_reply_to_status_id" : "1673844981932881710",
      "in_reply_to_user_id" : "337325142763604624",
      "in_reply_to_user_id_str" : "337325142763604624",
      "in_reply_to_screen_name" : "ellie_bee"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "4",
      "id_str" : "1673745359391006991",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1673745359391006991",
      "created_at" : "Tue Jun 27 17:29:25 +0000 2023",
      "favorited" : false,
      "full_text" : "Baking tip: let your shaped loaves rest in the fridge overnight. The flavor is worth the wait. You're welcome.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "4",
      "id_str" : "1673660843883393877",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1673660843883393877",
      "created_at" : "Tue Jun 27 11:53:34 +0000 2023",
      "favorited" : false,
      "full_text" : "I've made about ten thousand loaves of bread since we opened and I still get excited every time one comes out right.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "8",
      "id_str" : "1673477254502639118",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1673477254502639118",
      "created_at" : "Mon Jun 26 23:44:03 +0000 2023",
      "favorited" : false,
      "full_text" : "Today's special: tomato focaccia. A little lopsided, a lot delicious. 🍞",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "133"
      ],
      "favorite_count" : "2",
      "id_str" : "1673148859065137954",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1673148859065137954",
      "created_at" : "Mon Jun 26 01:59:08 +0000 2023",
      "favorited" : false,
      "full_text" : "Heat wave, day four, so the dough is rising faster than we can shape it. Come cool off with an iced coffee and strawberry shortcakes.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "2",
      "id_str" : "1672545913813634598",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1672545913813634598",
      "created_at" : "Sat Jun 24 10:03:14 +0000 2023",
      "favorited" : false,
      "full_text" : "I dream in dough hydration percentages now. Is that normal?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "17",
      "id_str" : "1672299948309673744",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1672299948309673744",
      "created_at" : "Fri Jun 23 17:45:52 +0000 2023",
      "favorited" : false,
      "full_text" : "Don't forget, trivia night at the Grange hall is on Wednesday. Rosa is running our booth, so be nice to her.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "2",
      "id_str" : "1671848217007792705",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1671848217007792705",
      "created_at" : "Thu Jun 22 11:50:51 +0000 2023",
      "favorited" : false,
      "full_text" : "My forearms are stronger than they've ever been and I owe it all to kneading.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "sourdough",
            "indices" : [
              "132",
              "142"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "10",
      "id_str" : "1671606065511914899",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1671606065511914899",
      "created_at" : "Wed Jun 21 19:48:37 +0000 2023",
      "favorited" : false,
      "full_text" : "Home baker tip: the windowpane test tells you when the gluten is ready: stretch a bit of dough thin enough to see light through it. #sourdough",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "4",
      "id_str" : "1670125368208001702",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1670125368208001702",
      "created_at" : "Sat Jun 17 17:44:51 +0000 2023",
      "favorited" : false,
      "full_text" : "Bread puns are how I make my dough.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "6",
      "id_str" : "1669996214804027102",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1669996214804027102",
      "created_at" : "Sat Jun 17 09:11:39 +0000 2023",
      "favorited" : false,
      "full_text" : "First tray of cinnamon raisin swirl is out. They'll be gone by ten if last week is anything to go by. ☕️ is on too.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "sunnydale",
            "indices" : [
              "109",
              "119"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "3",
      "id_str" : "1669766593477089807",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1669766593477089807",
      "created_at" : "Fri Jun 16 17:59:13 +0000 2023",
      "favorited" : false,
      "full_text" : "Mark your calendars: the Fourth of July parade is on Tuesday. We'll be there with samples and terrible puns. #sunnydale",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "12",
      "id_str" : "1669313117163145589",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1669313117163145589",
      "created_at" : "Thu Jun 15 11:57:16 +0000 2023",
      "favorited" : false,
      "full_text" : "Did the books tonight. We're doing okay. Thank you, truly, to everyone who shops here.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "3",
      "id_str" : "1669270358521590577",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1669270358521590577",
      "created_at" : "Thu Jun 15 09:07:21 +0000 2023",
      "favorited" : false,
      "full_text" : "Blueberry hand pies is back on the shelf today. We're saving a few for the lunch crowd this time, promise. Happy Thursday!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "7",
      "id_str" : "1669128542027182349",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1669128542027182349",
      "created_at" : "Wed Jun 14 23:43:49 +0000 2023",
      "favorited" : false,
      "full_text" : "On the shelf this Wednesday:\n- challah\n- cinnamon raisin swirl\n- pretzel rolls\n- seeded rye\n\nCome and get it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "9",
      "id_str" : "1668959225394655071",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1668959225394655071",
      "created_at" : "Wed Jun 14 12:31:01 +0000 2023",
      "favorited" : false,
      "full_text" : "The ciabatta turned out gorgeous today. Ask for the end piece, it's the best part. Bring a friend.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "38",
      "id_str" : "1668935380118212957",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1668935380118212957",
      "created_at" : "Wed Jun 14 10:56:16 +0000 2023",
      "favorited" : false,
      "full_text" : "The Otters won last night and half the team came in this morning still wearing their jerseys.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "10",
      "id_str" : "1668920803584215431",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1668920803584215431",
      "created_at" : "Wed Jun 14 09:58:21 +0000 2023",
      "favorited" : false,
      "full_text" : "Finally a cool breeze coming off the river, so we're keeping the ovens low and the front door propped open.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "5",
      "id_str" : "1668582068160501204",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1668582068160501204",
      "created_at" : "Tue Jun 13 11:32:20 +0000 2023",
      "favorited" : false,
      "full_text" : "5am. The whole street is dark except for us. Good morning, Sunnydale.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sam",
            "screen_name" : "sam_on_elm",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1106354070644613044",
            "id" : "1106354070644613044"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "13",
      "id_str" : "1668428256202619126",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1668428256202619126",
      "created_at" : "Tue Jun 13 01:21:08 +0000 2023",
      "favorited" : false,
      "full_text" : "@sam_on_elm thank you!!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1668376414908966707",
      "in_reply_to_status_id" : "1668376414908966707",
      "in_reply_to_user_id" : "1106354070644613044",
      "in_reply_to_user_id_str" : "1106354070644613044",
      "in_reply_to_screen_name" : "sam_on_elm"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Hazel's Books",
            "screen_name" : "hazels_books",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "1142714035781470244",
            "id" : "1142714035781470244"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "0",
      "id_str" : "1668335505750057401",
      "truncated" : false,
      "retweet_count" : "22",
      "id" : "1668335505750057401",
      "created_at" : "Mon Jun 12 19:12:35 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @hazels_books: New cookbooks just came in, including three about bread. Someone next door is going to be very happy.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "193"
      ],
      "favorite_count" : "5",
      "id_str" : "1668071051164080719",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1668071051164080719",
      "created_at" : "Mon Jun 12 01:41:44 +0000 2023",
      "favorited" : false,
      "full_text" : "4am. Dev brought donuts from the gas station as a joke. We ate them. Don't tell anyone. Listening to the farm report on the radio and laminating croissant dough. Long day ahead, good day ahead.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "2",
      "id_str" : "1667917899344084172",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1667917899344084172",
      "created_at" : "Sun Jun 11 15:33:10 +0000 2023",
      "favorited" : false,
      "full_text" : "Heat wave, day four, so we're baking early and closing the oven doors by ten.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "9",
      "id_str" : "1667099824178596577",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1667099824178596577",
      "created_at" : "Fri Jun 09 09:22:25 +0000 2023",
      "favorited" : false,
      "full_text" : "Afternoon thunderstorm knocked the power out for ten minutes, so we're baking early and closing the oven doors by ten.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "5"
      ],
      "favorite_count" : "3",
      "id_str" : "1666137942525023690",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1666137942525023690",
      "created_at" : "Tue Jun 06 17:40:15 +0000 2023",
      "favorited" : false,
      "full_text" : "Oops.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sam",
            "screen_name" : "sam_on_elm",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "1106354070644613044",
            "id" : "1106354070644613044"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "0",
      "id_str" : "1665772958635014218",
      "truncated" : false,
      "retweet_count" : "19",
      "id" : "1665772958635014218",
      "created_at" : "Mon Jun 05 17:29:56 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @sam_on_elm: Woke up to the smell of bread from the bakery two blocks away. Elm Street perks.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "16",
      "id_str" : "1665304686187148527",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1665304686187148527",
      "created_at" : "Sun Jun 04 10:29:11 +0000 2023",
      "favorited" : false,
      "full_text" : "What's a baker's favorite dance move? The twist. Pretzel rolls are back. 😅",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "10"
      ],
      "favorite_count" : "2",
      "id_str" : "1664294777054176930",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1664294777054176930",
      "created_at" : "Thu Jun 01 15:36:10 +0000 2023",
      "favorited" : false,
      "full_text" : "Heat wave.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "13",
      "id_str" : "1664283033122977960",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1664283033122977960",
      "created_at" : "Thu Jun 01 14:49:30 +0000 2023",
      "favorited" : false,
      "full_text" : "Someone left an umbrella here in April. It's still here. It's part of the decor now.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "15"
      ],
      "favorite_count" : "3",
      "id_str" : "1663886999145114668",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1663886999145114668",
      "created_at" : "Wed May 31 12:35:48 +0000 2023",
      "favorited" : false,
      "full_text" : "Biscuit says hi",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Town of Sunnydale",
            "screen_name" : "sunnydale_town",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "321749691526452125",
            "id" : "321749691526452125"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "0",
      "id_str" : "1663659959555002341",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1663659959555002341",
      "created_at" : "Tue May 30 21:33:38 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @sunnydale_town: Town hall will be closed Monday for the holiday. Trash pickup is delayed one day.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "14",
      "id_str" : "1663475447882234933",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1663475447882234933",
      "created_at" : "Tue May 30 09:20:27 +0000 2023",
      "favorited" : false,
      "full_text" : "Back by popular demand (well, by two people asking very nicely): hot cross buns. Still warm if you hurry. 🥐",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "8",
      "id_str" : "1662880063327704311",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1662880063327704311",
      "created_at" : "Sun May 28 17:54:36 +0000 2023",
      "favorited" : false,
      "full_text" : "We're bready when you are. 😅",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "38",
      "id_str" : "1662232212268261084",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1662232212268261084",
      "created_at" : "Fri May 26 23:00:16 +0000 2023",
      "favorited" : false,
      "full_text" : "First properly warm day of the year, which means soup and bread season is here, and I'm thrilled.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "2",
      "id_str" : "1662208112519889142",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1662208112519889142",
      "created_at" : "Fri May 26 21:24:31 +0000 2023",
      "favorited" : false,
      "full_text" : "Don't forget, the high school jazz band concert is Friday night. We'll be there with samples and terrible puns.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "147"
      ],
      "favorite_count" : "2",
      "id_str" : "1661745806585360551",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1661745806585360551",
      "created_at" : "Thu May 25 14:47:28 +0000 2023",
      "favorited" : false,
      "full_text" : "Quarter to five. Listening to the farm report on the radio and laminating croissant dough. The whole street is dark except for us. Doors open at 7.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "16",
      "id_str" : "1661672386483864919",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1661672386483864919",
      "created_at" : "Thu May 25 09:55:43 +0000 2023",
      "favorited" : false,
      "full_text" : "Gertrude (the sourdough starter) gets fed twice a day in summer and once in winter. That's my girl.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "0",
      "id_str" : "1661183773027663710",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1661183773027663710",
      "created_at" : "Wed May 24 01:34:09 +0000 2023",
      "favorited" : false,
      "full_text" : "Day three: shape, proof slowly, bake hot. That's why they're not cheap, and why they're worth it.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1661183271561997188",
      "in_reply_to_status_id" : "1661183271561997188",
      "in_reply_to_user_id" : "1499218305520693249",
      "in_reply_to_user_id_str" : "1499218305520693249",
      "in_reply_to_screen_name" : "sunnydale_bakes"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "11",
      "id_str" : "1661183271561997188",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1661183271561997188",
      "created_at" : "Wed May 24 01:32:09 +0000 2023",
      "favorited" : false,
      "full_text" : "Day one: the dough gets mixed and chilled overnight. Day two: the butter block gets folded in, three times, with rests in between.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1661183020138810007",
      "in_reply_to_status_id" : "1661183020138810007",
      "in_reply_to_user_id" : "1499218305520693249",
      "in_reply_to_user_id_str" : "1499218305520693249",
      "in_reply_to_screen_name" : "sunnydale_bakes"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "0",
      "id_str" : "1661183020138810007",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1661183020138810007",
      "created_at" : "Wed May 24 01:31:09 +0000 2023",
      "favorited" : false,
      "full_text" : "People keep asking how we make our croissants, so a quick thread:",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "10",
      "id_str" : "1660339424418937519",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1660339424418937519",
      "created_at" : "Sun May 21 17:39:01 +0000 2023",
      "favorited" : false,
      "full_text" : "We're out of sesame semolina loaf for today. More tomorrow, promise.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "54"
      ],
      "favorite_count" : "0",
      "id_str" : "1660231424749494076",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1660231424749494076",
      "created_at" : "Sun May 21 10:29:51 +0000 2023",
      "favorited" : false,
      "full_text" : "Every loaf is a little different and that's the point.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "3",
      "id_str" : "1660061254105706112",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1660061254105706112",
      "created_at" : "Sat May 20 23:13:40 +0000 2023",
      "favorited" : false,
      "full_text" : "The bagels are holey and so is this bakery, because Biscuit chewed the doormat.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "14",
      "id_str" : "1659884969844116502",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1659884969844116502",
      "created_at" : "Sat May 20 11:33:10 +0000 2023",
      "favorited" : false,
      "full_text" : "Gertrude is officially older than Theo's little brother. She has more followers than I do at this point.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "10",
      "id_str" : "1659537923134039042",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1659537923134039042",
      "created_at" : "Fri May 19 12:34:08 +0000 2023",
      "favorited" : false,
      "full_text" : "3:55am. Listening to the farm report on the radio and laminating croissant dough. Best job in the world.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sunnydale Gazette",
            "screen_name" : "sunnydale_gazette",
            "indices" : [
              "3",
              "21"
            ],
            "id_str" : "493417691854639410",
            "id" : "493417691854639410"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "0",
      "id_str" : "1659370249239096243",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1659370249239096243",
      "created_at" : "Fri May 19 01:27:51 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @sunnydale_gazette: Winter storm warning in effect from 6pm Tuesday. Expect 8 to 12 inches.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "4",
      "id_str" : "1659157090453359096",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1659157090453359096",
      "created_at" : "Thu May 18 11:20:50 +0000 2023",
      "favorited" : false,
      "full_text" : "The rhubarb crumble bars turned out gorgeous today. The secret is patience. And butter. Mostly butter. ☕️ is on too.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "1",
      "id_str" : "1658283190868559568",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1658283190868559568",
      "created_at" : "Tue May 16 01:28:16 +0000 2023",
      "favorited" : false,
      "full_text" : "Home baker tip: freeze sliced bread and toast it straight from frozen. Game changer. Questions? Ask away.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "13"
      ],
      "favorite_count" : "4",
      "id_str" : "1658074102995685921",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1658074102995685921",
      "created_at" : "Mon May 15 11:37:26 +0000 2023",
      "favorited" : false,
      "full_text" : "Back tomorrow",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "3",
      "id_str" : "1657324083613073277",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1657324083613073277",
      "created_at" : "Sat May 13 09:57:07 +0000 2023",
      "favorited" : false,
      "full_text" : "Rain all morning on Main Street, so the bread is going to be a bit more sour than usual. No complaints.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "3",
      "id_str" : "1656598031595090387",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1656598031595090387",
      "created_at" : "Thu May 11 09:52:03 +0000 2023",
      "favorited" : false,
      "full_text" : "A regular asked us to name a bread after her cat. The Marmalade Loaf is now orange zest and cranberry. Marmalade approves.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "2",
      "id_str" : "1655987744772233471",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1655987744772233471",
      "created_at" : "Tue May 09 17:26:59 +0000 2023",
      "favorited" : false,
      "full_text" : "Rye not treat yourself today? 🥖",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "3"
      ],
      "favorite_count" : "6",
      "id_str" : "1655955291555605408",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1655955291555605408",
      "created_at" : "Tue May 09 15:18:02 +0000 2023",
      "favorited" : false,
      "full_text" : "🥖☕️",
      "lang" : "und"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sunnydale Public Library",
            "screen_name" : "sdale_library",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "673903061079703718",
            "id" : "673903061079703718"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "4",
      "id_str" : "1655907896676141347",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1655907896676141347",
      "created_at" : "Tue May 09 12:09:42 +0000 2023",
      "favorited" : false,
      "full_text" : "@sdale_library not yet, but we're working on it. Stay tuned.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1655831391409192326",
      "in_reply_to_status_id" : "1655831391409192326",
      "in_reply_to_user_id" : "673903061079703718",
      "in_reply_to_user_id_str" : "673903061079703718",
      "in_reply_to_screen_name" : "sdale_library"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "0",
      "id_str" : "1655868528513643689",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1655868528513643689",
      "created_at" : "Tue May 09 09:33:16 +0000 2023",
      "favorited" : false,
      "full_text" : "Tip of the day: stale bread makes the best French toast and the best bread pudding.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lou",
            "screen_name" : "lou_tomatoes",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "114463376364279016",
            "id" : "114463376364279016"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "51"
      ],
      "favorite_count" : "1",
      "id_str" : "1655513740695541276",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1655513740695541276",
      "created_at" : "Mon May 08 10:03:28 +0000 2023",
      "favorited" : false,
      "full_text" : "@lou_tomatoes we're open until 2 today, come on by!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1655419871814219517",
      "in_reply_to_status_id" : "1655419871814219517",
      "in_reply_to_user_id" : "114463376364279016",
      "in_reply_to_user_id_str" : "114463376364279016",
      "in_reply_to_screen_name" : "lou_tomatoes"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "6",
      "id_str" : "1654537518899432981",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1654537518899432981",
      "created_at" : "Fri May 05 17:24:18 +0000 2023",
      "favorited" : false,
      "full_text" : "On the shelf this Friday:\n- ciabatta\n- jalapeño cheddar bread\n- hot cross buns\n- wild garlic focaccia\n\nThat's it, that's the post.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "154"
      ],
      "favorite_count" : "13",
      "id_str" : "1654489292893732387",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1654489292893732387",
      "created_at" : "Fri May 05 14:12:41 +0000 2023",
      "favorited" : false,
      "full_text" : "Our starter Gertrude has been sharing her jar with some very happy wild yeast. Ask for a scoop if you want to start your own, we're always happy to share.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "0",
      "id_str" : "1654485512099002744",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1654485512099002744",
      "created_at" : "Fri May 05 13:57:39 +0000 2023",
      "favorited" : false,
      "full_text" : "Closed Monday for the holiday. Back Tuesday with baguettes.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "167"
      ],
      "favorite_count" : "0",
      "id_str" : "1654293560297105798",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1654293560297105798",
      "created_at" : "Fri May 05 01:14:54 +0000 2023",
      "favorited" : false,
      "full_text" : "Reminder: the Sunnydale Historical Society walking tour is on Saturday afternoon. Proceeds from every baguettes we sell that day go to the library fund. See you there!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "49"
      ],
      "favorite_count" : "6",
      "id_str" : "1653728398719847033",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1653728398719847033",
      "created_at" : "Wed May 03 11:49:09 +0000 2023",
      "favorited" : false,
      "full_text" : "Nothing humbles you like a loaf that didn't rise.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "1",
      "id_str" : "1653151046171522169",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1653151046171522169",
      "created_at" : "Mon May 01 21:34:58 +0000 2023",
      "favorited" : false,
      "full_text" : "Windy enough to blow the sandwich board halfway to the post office, so coffee is half price for anyone who walked here.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "12"
      ],
      "favorite_count" : "3",
      "id_str" : "1653049101572216353",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1653049101572216353",
      "created_at" : "Mon May 01 14:49:52 +0000 2023",
      "favorited" : false,
      "full_text" : "Closed today",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "12"
      ],
      "favorite_count" : "17",
      "id_str" : "1652618142289850310",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1652618142289850310",
      "created_at" : "Sun Apr 30 10:17:23 +0000 2023",
      "favorited" : false,
      "full_text" : "Delivery day",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jonah P",
            "screen_name" : "jonah_paints",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "420417929087012802",
            "id" : "420417929087012802"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "2",
      "id_str" : "1652607636486536583",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1652607636486536583",
      "created_at" : "Sun Apr 30 09:35:39 +0000 2023",
      "favorited" : false,
      "full_text" : "@jonah_paints the secret is a long cold proof and a very hot oven.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1652591278426498687",
      "in_reply_to_status_id" : "1652591278426498687",
      "in_reply_to_user_id" : "420417929087012802",
      "in_reply_to_user_id_str" : "420417929087012802",
      "in_reply_to_screen_name" : "jonah_paints"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "sourdough",
            "indices" : [
              "110",
              "120"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "0",
      "id_str" : "1652001330183895357",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1652001330183895357",
      "created_at" : "Fri Apr 28 17:26:24 +0000 2023",
      "favorited" : false,
      "full_text" : "Our soda bread came out a little darker than usual. They'll be gone by ten if last week is anything to go by. #sourdough",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/BC22clNP1Q",
            "expanded_url" : "https://sunnydalebakes.example.com/radio/interview",
            "display_url" : "sunnydalebakes.example.com…",
            "indices" : [
              "87",
              "110"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "1",
      "id_str" : "1651978556918308087",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1651978556918308087",
      "created_at" : "Fri Apr 28 15:55:54 +0000 2023",
      "favorited" : false,
      "full_text" : "Interview with us on the county radio show, if you want to hear me ramble about flour: https://t.co/BC22clNP1Q",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "15"
      ],
      "favorite_count" : "8",
      "id_str" : "1651914577329825152",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1651914577329825152",
      "created_at" : "Fri Apr 28 11:41:40 +0000 2023",
      "favorited" : false,
      "full_text" : "Focaccia Friday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "17",
      "id_str" : "1651878160662605655",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1651878160662605655",
      "created_at" : "Fri Apr 28 09:16:58 +0000 2023",
      "favorited" : false,
      "full_text" : "We're closing at 1pm today for a family thing. Sorry, and thank you for understanding!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "48"
      ],
      "favorite_count" : "0",
      "id_str" : "1651700582044263489",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1651700582044263489",
      "created_at" : "Thu Apr 27 21:31:20 +0000 2023",
      "favorited" : false,
      "full_text" : "Ciabatta, ciabatta, the bread is getting fatter.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "6",
      "id_str" : "1651225473860686879",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1651225473860686879",
      "created_at" : "Wed Apr 26 14:03:25 +0000 2023",
      "favorited" : false,
      "full_text" : "Why did the baker go to therapy? Too many unresolved proofing issues.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "27",
      "id_str" : "1651212367464704613",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1651212367464704613",
      "created_at" : "Wed Apr 26 13:11:21 +0000 2023",
      "favorited" : false,
      "full_text" : "Gertrude the starter went on vacation in the fridge while we were closed. I talk to her every morning. Don't judge.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "10"
      ],
      "favorite_count" : "6",
      "id_str" : "1651182618459399054",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1651182618459399054",
      "created_at" : "Wed Apr 26 11:13:08 +0000 2023",
      "favorited" : false,
      "full_text" : "We're open",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "2",
      "id_str" : "1650303630796270312",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1650303630796270312",
      "created_at" : "Mon Apr 24 01:00:21 +0000 2023",
      "favorited" : false,
      "full_text" : "Our starter Gertrude is being extremely dramatic about the humidity. Never a dull moment with that jar.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "5",
      "id_str" : "1649775183318540315",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1649775183318540315",
      "created_at" : "Sat Apr 22 14:00:29 +0000 2023",
      "favorited" : false,
      "full_text" : "4:15am. The mixer made a new noise and we are choosing to ignore it. Listening to the farm report on the radio and laminating croissant dough.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "15"
      ],
      "favorite_count" : "2",
      "id_str" : "1649561302212578909",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1649561302212578909",
      "created_at" : "Fri Apr 21 23:50:36 +0000 2023",
      "favorited" : false,
      "full_text" : "Biscuit says hi",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Dan at Station 7",
            "screen_name" : "dan_firehouse7",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "348476591988949195",
            "id" : "348476591988949195"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "0",
      "id_str" : "1649402277598986134",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1649402277598986134",
      "created_at" : "Fri Apr 21 13:18:42 +0000 2023",
      "favorited" : false,
      "full_text" : "@dan_firehouse7 tomorrow!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1649300104992468510",
      "in_reply_to_status_id" : "1649300104992468510",
      "in_reply_to_user_id" : "348476591988949195",
      "in_reply_to_user_id_str" : "348476591988949195",
      "in_reply_to_screen_name" : "dan_firehouse7"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "11",
      "id_str" : "1649189722405274538",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1649189722405274538",
      "created_at" : "Thu Apr 20 23:14:04 +0000 2023",
      "favorited" : false,
      "full_text" : "Sometimes I look around this little shop and can't believe it's ours.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "The Finches",
            "screen_name" : "the_finch_fam",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "833867734205115520",
            "id" : "833867734205115520"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "0",
      "id_str" : "1649136488258771176",
      "truncated" : false,
      "retweet_count" : "38",
      "id" : "1649136488258771176",
      "created_at" : "Thu Apr 20 19:42:32 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @the_finch_fam: Saturday morning tradition: pajamas, the farmers market, and sticky buns for everyone.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "14"
      ],
      "favorite_count" : "5",
      "id_str" : "1649037560570320445",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1649037560570320445",
      "created_at" : "Thu Apr 20 13:09:26 +0000 2023",
      "favorited" : false,
      "full_text" : "Hot cross buns",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "16",
      "id_str" : "1648612491971336924",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1648612491971336924",
      "created_at" : "Wed Apr 19 09:00:22 +0000 2023",
      "favorited" : false,
      "full_text" : "3:55am. Flour on my glasses, butter on my sleeve, and we haven't even opened. Doors open at 7.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "1",
      "id_str" : "1648494135331816644",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1648494135331816644",
      "created_at" : "Wed Apr 19 01:10:04 +0000 2023",
      "favorited" : false,
      "full_text" : "The window seat is back now that the new chairs came in. Come sit a while.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "14",
      "id_str" : "1648376044981060899",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1648376044981060899",
      "created_at" : "Tue Apr 18 17:20:49 +0000 2023",
      "favorited" : false,
      "full_text" : "Who's going? The school plant sale is on Friday. Dev will be handing out free day-old bread at the end.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "6",
      "id_str" : "1648250320034039163",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1648250320034039163",
      "created_at" : "Tue Apr 18 09:01:13 +0000 2023",
      "favorited" : false,
      "full_text" : "Who's going? The fire station pancake breakfast is on Sunday morning. Dev will be handing out free day-old bread at the end. Can't wait.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "10",
      "id_str" : "1647258475945718216",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1647258475945718216",
      "created_at" : "Sat Apr 15 15:19:59 +0000 2023",
      "favorited" : false,
      "full_text" : "I'd like to thank butter, without whom none of this would be possible.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/RuXETNc3KP",
            "expanded_url" : "https://sunnydalebakes.example.com/gazette/pie-tragedy",
            "display_url" : "sunnydalebakes.example.com…",
            "indices" : [
              "0",
              "23"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "14",
      "id_str" : "1647235352670759324",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1647235352670759324",
      "created_at" : "Sat Apr 15 13:48:06 +0000 2023",
      "favorited" : false,
      "full_text" : "https://t.co/RuXETNc3KP is where the Gazette wrote about our pie contest entry &amp; its tragic ending. https://t.co/RuXETNc3KP 🍞",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "2",
      "id_str" : "1646994356465478549",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1646994356465478549",
      "created_at" : "Fri Apr 14 21:50:28 +0000 2023",
      "favorited" : false,
      "full_text" : "Gertrude the starter went on vacation in the fridge while we were closed. Bread tomorrow is going to be very good.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "6",
      "id_str" : "1646818079621811276",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1646818079621811276",
      "created_at" : "Fri Apr 14 10:10:01 +0000 2023",
      "favorited" : false,
      "full_text" : "Our honey oat sandwich loaf came out a little darker than usual. Still warm if you hurry. 🥐",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "180"
      ],
      "favorite_count" : "2",
      "id_str" : "1646456464572280991",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1646456464572280991",
      "created_at" : "Thu Apr 13 10:13:05 +0000 2023",
      "favorited" : false,
      "full_text" : "Mark your calendars: the Sunnydale Historical Society walking tour is on Saturday afternoon. We'll be there with samples and terrible puns. It's the best day of the year, fight me.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/8jswzwh8Si",
            "expanded_url" : "https://sunnydalebakes.example.com/gazette/bakery-profile",
            "display_url" : "sunnydalebakes.example.com…",
            "indices" : [
              "58",
              "81"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "4",
      "id_str" : "1646450342318225175",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1646450342318225175",
      "created_at" : "Thu Apr 13 09:48:45 +0000 2023",
      "favorited" : false,
      "full_text" : "The Gazette did a little story about us and I'm blushing: https://t.co/8jswzwh8Si",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/0bHahDf0DC",
            "expanded_url" : "https://sunnydalebakes.example.com/photos/market",
            "display_url" : "sunnydalebakes.example.com…",
            "indices" : [
              "71",
              "94"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "5",
      "id_str" : "1646328626132621039",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1646328626132621039",
      "created_at" : "Thu Apr 13 01:45:06 +0000 2023",
      "favorited" : false,
      "full_text" : "Photos from the farmers market this weekend, thank you all for coming: https://t.co/0bHahDf0DC",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "4",
      "id_str" : "1646105876821142825",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1646105876821142825",
      "created_at" : "Wed Apr 12 10:59:58 +0000 2023",
      "favorited" : false,
      "full_text" : "Our window got fogged up from the ovens and some kid drew a smiley face on it. Leaving it there all day.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "162"
      ],
      "favorite_count" : "12",
      "id_str" : "1645594621499398276",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1645594621499398276",
      "created_at" : "Tue Apr 11 01:08:26 +0000 2023",
      "favorited" : false,
      "full_text" : "Mark your calendars: trivia night at the Grange hall is on Wednesday. We'll be there with samples and terrible puns. Bring cash, the signal out there is terrible.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/oSBN2m03n4",
            "expanded_url" : "https://sunnydalebakes.example.com/jobs/morning-baker",
            "display_url" : "sunnydalebakes.example.com…",
            "indices" : [
              "45",
              "68"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "15",
      "id_str" : "1645456073319419804",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1645456073319419804",
      "created_at" : "Mon Apr 10 15:57:53 +0000 2023",
      "favorited" : false,
      "full_text" : "Our job posting for a morning baker is here: https://t.co/oSBN2m03n4",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jonah P",
            "screen_name" : "jonah_paints",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "420417929087012802",
            "id" : "420417929087012802"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "1",
      "id_str" : "1645359461523300264",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1645359461523300264",
      "created_at" : "Mon Apr 10 09:33:59 +0000 2023",
      "favorited" : false,
      "full_text" : "@jonah_paints see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1645268361209138336",
      "in_reply_to_status_id" : "1645268361209138336",
      "in_reply_to_user_id" : "420417929087012802",
      "in_reply_to_user_id_str" : "420417929087012802",
      "in_reply_to_screen_name" : "jonah_paints"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "5",
      "id_str" : "1645008473939679595",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1645008473939679595",
      "created_at" : "Sun Apr 09 10:19:17 +0000 2023",
      "favorited" : false,
      "full_text" : "Rosa talked me into making pain au chocolat again. Listen closely and you can hear the crust crackle as it cools.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "2",
      "id_str" : "1644993905611017666",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1644993905611017666",
      "created_at" : "Sun Apr 09 09:21:24 +0000 2023",
      "favorited" : false,
      "full_text" : "Spent the evening testing a new cardamom bun recipe. Results: promising. Kitchen: destroyed.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "6",
      "id_str" : "1644842686764657016",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1644842686764657016",
      "created_at" : "Sat Apr 08 23:20:30 +0000 2023",
      "favorited" : false,
      "full_text" : "Sunny and cool, the kind of spring day you want to bottle, so we moved the rye to the warm corner by the oven.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "170"
      ],
      "favorite_count" : "7",
      "id_str" : "1644756863070997743",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1644756863070997743",
      "created_at" : "Sat Apr 08 17:39:28 +0000 2023",
      "favorited" : false,
      "full_text" : "3:40am. The delivery truck from Millpond Farm just pulled up with the flour. Counting trays, counting loaves, counting hours until my nap. Long day ahead, good day ahead.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "22",
      "id_str" : "1644753905329685060",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1644753905329685060",
      "created_at" : "Sat Apr 08 17:27:43 +0000 2023",
      "favorited" : false,
      "full_text" : "Gertrude is officially older than Theo's little brother. Rosa thinks I spoil her.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "3",
      "id_str" : "1644647709637154625",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1644647709637154625",
      "created_at" : "Sat Apr 08 10:25:44 +0000 2023",
      "favorited" : false,
      "full_text" : "A customer asked for 'the bread from last Tuesday with the seeds and the vibes'. It was the multigrain. We knew.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "32",
      "id_str" : "1644393774247782961",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1644393774247782961",
      "created_at" : "Fri Apr 07 17:36:41 +0000 2023",
      "favorited" : false,
      "full_text" : "New on the menu this week: English muffins. They'll be gone by ten if last week is anything to go by.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Town of Sunnydale",
            "screen_name" : "sunnydale_town",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "321749691526452125",
            "id" : "321749691526452125"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "0",
      "id_str" : "1643226019624857727",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1643226019624857727",
      "created_at" : "Tue Apr 04 12:16:27 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @sunnydale_town: The Winter Lights parade route has changed this year, see the map at town hall.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "57"
      ],
      "favorite_count" : "3",
      "id_str" : "1643201588891070630",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1643201588891070630",
      "created_at" : "Tue Apr 04 10:39:22 +0000 2023",
      "favorited" : false,
      "full_text" : "A kid paid for a cookie entirely in dimes today. Respect.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "sourdough",
            "indices" : [
              "109",
              "119"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "22",
      "id_str" : "1641916458717839034",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1641916458717839034",
      "created_at" : "Fri Mar 31 21:32:43 +0000 2023",
      "favorited" : false,
      "full_text" : "Free advice: bread flour and all-purpose flour are not the same. Bread flour has more protein and more chew. #sourdough",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "6",
      "id_str" : "1641804329075234990",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1641804329075234990",
      "created_at" : "Fri Mar 31 14:07:09 +0000 2023",
      "favorited" : false,
      "full_text" : "First tray of blueberry muffins is out. Come early, there are only 12 of them.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "0",
      "id_str" : "1641225425790822570",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1641225425790822570",
      "created_at" : "Wed Mar 29 23:46:48 +0000 2023",
      "favorited" : false,
      "full_text" : "On the shelf this Wednesday:\n- ciabatta\n- challah\n- brioche\n- sticky buns\n\nOpen at 7.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "6",
      "id_str" : "1640653781696222051",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1640653781696222051",
      "created_at" : "Tue Mar 28 09:55:18 +0000 2023",
      "favorited" : false,
      "full_text" : "Our scones are scone-derful and I will not be taking questions. 🥖",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sam",
            "screen_name" : "sam_on_elm",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1106354070644613044",
            "id" : "1106354070644613044"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "14",
      "id_str" : "1640284202851242389",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1640284202851242389",
      "created_at" : "Mon Mar 27 09:26:43 +0000 2023",
      "favorited" : false,
      "full_text" : "@sam_on_elm you're the best. See you Saturday at the market?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1640146294715310703",
      "in_reply_to_status_id" : "1640146294715310703",
      "in_reply_to_user_id" : "1106354070644613044",
      "in_reply_to_user_id_str" : "1106354070644613044",
      "in_reply_to_screen_name" : "sam_on_elm"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Dan at Station 7",
            "screen_name" : "dan_firehouse7",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "348476591988949195",
            "id" : "348476591988949195"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "16",
      "id_str" : "1640169419907997709",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1640169419907997709",
      "created_at" : "Mon Mar 27 01:50:37 +0000 2023",
      "favorited" : false,
      "full_text" : "@dan_firehouse7 absolutely, bring a clean jar and we'll give you some starter.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1640059698216654865",
      "in_reply_to_status_id" : "1640059698216654865",
      "in_reply_to_user_id" : "348476591988949195",
      "in_reply_to_user_id_str" : "348476591988949195",
      "in_reply_to_screen_name" : "dan_firehouse7"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "160"
      ],
      "favorite_count" : "5",
      "id_str" : "1639216579765357910",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1639216579765357910",
      "created_at" : "Fri Mar 24 10:44:22 +0000 2023",
      "favorited" : false,
      "full_text" : "Reminder: story hour at the library is on Thursday. Stop by the shop on your way for a coffee and English muffins. Bring cash, the signal out there is terrible.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Millpond Farm",
            "screen_name" : "millpond_farm",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "1091737759391329620",
            "id" : "1091737759391329620"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "0",
      "id_str" : "1639073513969377161",
      "truncated" : false,
      "retweet_count" : "22",
      "id" : "1639073513969377161",
      "created_at" : "Fri Mar 24 01:15:52 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @millpond_farm: The farm stand closes for the season on Sunday. Thank you for another good year.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "143"
      ],
      "favorite_count" : "1",
      "id_str" : "1638867987060403061",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1638867987060403061",
      "created_at" : "Thu Mar 23 11:39:11 +0000 2023",
      "favorited" : false,
      "full_text" : "Small batch of sesame semolina loaf today, the kind I make when nobody's watching. Half the batch is already spoken for by the library staff. 🥐",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "145"
      ],
      "favorite_count" : "1",
      "id_str" : "1638713315253351255",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1638713315253351255",
      "created_at" : "Thu Mar 23 01:24:34 +0000 2023",
      "favorited" : false,
      "full_text" : "Baked English muffins with the last of this season's flour. They'll be gone by ten if last week is anything to go by. Cash or card, either works.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "0",
      "id_str" : "1638567124067431097",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1638567124067431097",
      "created_at" : "Wed Mar 22 15:43:40 +0000 2023",
      "favorited" : false,
      "full_text" : "A customer taught me that focaccia with grapes on top is a thing in Tuscany. It's a thing here now too.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sam",
            "screen_name" : "sam_on_elm",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1106354070644613044",
            "id" : "1106354070644613044"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "9",
      "id_str" : "1638506689312521647",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1638506689312521647",
      "created_at" : "Wed Mar 22 11:43:31 +0000 2023",
      "favorited" : false,
      "full_text" : "@sam_on_elm we do have a few vegan options: the country sourdough, the baguettes and the focaccia.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1638465919203264700",
      "in_reply_to_status_id" : "1638465919203264700",
      "in_reply_to_user_id" : "1106354070644613044",
      "in_reply_to_user_id_str" : "1106354070644613044",
      "in_reply_to_screen_name" : "sam_on_elm"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Dan at Station 7",
            "screen_name" : "dan_firehouse7",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "348476591988949195",
            "id" : "348476591988949195"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "0",
      "id_str" : "1638491884487553341",
      "truncated" : false,
      "retweet_count" : "26",
      "id" : "1638491884487553341",
      "created_at" : "Wed Mar 22 10:44:41 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @dan_firehouse7: Station 7 says thank you for the coffee and rolls this morning.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "2",
      "id_str" : "1638227893218725132",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1638227893218725132",
      "created_at" : "Tue Mar 21 17:15:41 +0000 2023",
      "favorited" : false,
      "full_text" : "First properly warm day of the year, so the dough is proofing slow and I'm drinking an extra coffee.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "0",
      "id_str" : "1637599933786985667",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1637599933786985667",
      "created_at" : "Sun Mar 19 23:40:24 +0000 2023",
      "favorited" : false,
      "full_text" : "First tray of English muffins is out. We'll put one aside for you if you call ahead. Happy Sunday!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Priya",
            "screen_name" : "priya_cooks",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "543425549010116242",
            "id" : "543425549010116242"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "17"
      ],
      "favorite_count" : "6",
      "id_str" : "1637229017964294801",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1637229017964294801",
      "created_at" : "Sat Mar 18 23:06:30 +0000 2023",
      "favorited" : false,
      "full_text" : "@priya_cooks yes!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1637100165874427273",
      "in_reply_to_status_id" : "1637100165874427273",
      "in_reply_to_user_id" : "543425549010116242",
      "in_reply_to_user_id_str" : "543425549010116242",
      "in_reply_to_screen_name" : "priya_cooks"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "1",
      "id_str" : "1637137409055087398",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1637137409055087398",
      "created_at" : "Sat Mar 18 17:02:29 +0000 2023",
      "favorited" : false,
      "full_text" : "Milk bread for the early birds, challah for everybody else. Crust is crackling, crumb is open, I'm very proud.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "2",
      "id_str" : "1636318113771866733",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1636318113771866733",
      "created_at" : "Thu Mar 16 10:46:54 +0000 2023",
      "favorited" : false,
      "full_text" : "3:55am. Dev brought donuts from the gas station as a joke. We ate them. Don't tell anyone. Best job in the world.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Hazel's Books",
            "screen_name" : "hazels_books",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1142714035781470244",
            "id" : "1142714035781470244"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "50"
      ],
      "favorite_count" : "5",
      "id_str" : "1635948116432603803",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1635948116432603803",
      "created_at" : "Wed Mar 15 10:16:40 +0000 2023",
      "favorited" : false,
      "full_text" : "@hazels_books &lt;3 thank you, that made our morning.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1635875892702489282",
      "in_reply_to_status_id" : "1635875892702489282",
      "in_reply_to_user_id" : "1142714035781470244",
      "in_reply_to_user_id_str" : "1142714035781470244",
      "in_reply_to_screen_name" : "hazels_books"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "16",
      "id_str" : "1635789192974520906",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1635789192974520906",
      "created_at" : "Tue Mar 14 23:45:09 +0000 2023",
      "favorited" : false,
      "full_text" : "Free advice: store bread cut side down on the board, not in the fridge. The fridge makes it stale faster.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ellie",
            "screen_name" : "ellie_bee",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "337325142763604624",
            "id" : "337325142763604624"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "48"
      ],
      "favorite_count" : "10",
      "id_str" : "1635761307658604145",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1635761307658604145",
      "created_at" : "Tue Mar 14 21:54:21 +0000 2023",
      "favorited" : false,
      "full_text" : "@ellie_bee we're open until 2 today, come on by!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1635699148056790324",
      "in_reply_to_status_id" : "1635699148056790324",
      "in_reply_to_user_id" : "337325142763604624",
      "in_reply_to_user_id_str" : "337325142763604624",
      "in_reply_to_screen_name" : "ellie_bee"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sunnydale Weather Nerd",
            "screen_name" : "sdale_weather",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "358817839078295868",
            "id" : "358817839078295868"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "0",
      "id_str" : "1635731134019918184",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1635731134019918184",
      "created_at" : "Tue Mar 14 19:54:27 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @sdale_weather: Wettest April on record for Sunnydale. The river is up about four feet.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Hazel's Books",
            "screen_name" : "hazels_books",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "1142714035781470244",
            "id" : "1142714035781470244"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "0",
      "id_str" : "1635574446449330916",
      "truncated" : false,
      "retweet_count" : "31",
      "id" : "1635574446449330916",
      "created_at" : "Tue Mar 14 09:31:50 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @hazels_books: Our shop cat has decided the cookbook shelf is his bed now.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "1",
      "id_str" : "1635370007241719012",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1635370007241719012",
      "created_at" : "Mon Mar 13 19:59:28 +0000 2023",
      "favorited" : false,
      "full_text" : "We're experimenting with rhubarb crumble bars made with Millpond Farm flour. I may have eaten one already. Quality control. 🥐",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "18",
      "id_str" : "1635241625016008679",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1635241625016008679",
      "created_at" : "Mon Mar 13 11:29:19 +0000 2023",
      "favorited" : false,
      "full_text" : "Gertrude smells like bananas today, which is new. That's my girl.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "11",
      "id_str" : "1634126601325985331",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1634126601325985331",
      "created_at" : "Fri Mar 10 09:38:37 +0000 2023",
      "favorited" : false,
      "full_text" : "Biscuit got a new bandana. He's the best-dressed employee we have.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "5",
      "id_str" : "1633858698834801068",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1633858698834801068",
      "created_at" : "Thu Mar 09 15:54:04 +0000 2023",
      "favorited" : false,
      "full_text" : "5am. There's something peaceful about shaping loaves before the sun comes up.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "0",
      "id_str" : "1633399715047522562",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1633399715047522562",
      "created_at" : "Wed Mar 08 09:30:13 +0000 2023",
      "favorited" : false,
      "full_text" : "A man asked me if I ever get tired of bread. I do not. Next question.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "3",
      "id_str" : "1633117074256268838",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1633117074256268838",
      "created_at" : "Tue Mar 07 14:47:07 +0000 2023",
      "favorited" : false,
      "full_text" : "Somebody asked for lemon curd tarts on Tuesday, so here we are. Pairs very well with salted butter and a quiet morning.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "2",
      "id_str" : "1632073451223552424",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1632073451223552424",
      "created_at" : "Sat Mar 04 17:40:07 +0000 2023",
      "favorited" : false,
      "full_text" : "Sesame semolina loaf and spelt loaf on the counter right now. A little lopsided, a lot delicious. Cash or card, either works.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sunnydale Public Library",
            "screen_name" : "sdale_library",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "673903061079703718",
            "id" : "673903061079703718"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "6",
      "id_str" : "1631614839527785653",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1631614839527785653",
      "created_at" : "Fri Mar 03 11:17:46 +0000 2023",
      "favorited" : false,
      "full_text" : "@sdale_library that's so kind of you, it made the whole crew smile.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1631520973595906688",
      "in_reply_to_status_id" : "1631520973595906688",
      "in_reply_to_user_id" : "673903061079703718",
      "in_reply_to_user_id_str" : "673903061079703718",
      "in_reply_to_screen_name" : "sdale_library"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "12",
      "id_str" : "1631582258984259177",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1631582258984259177",
      "created_at" : "Fri Mar 03 09:08:18 +0000 2023",
      "favorited" : false,
      "full_text" : "Someone asked me what the difference is between a bun and a roll. I've been thinking about it for three hours.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Millpond Farm",
            "screen_name" : "millpond_farm",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1091737759391329620",
            "id" : "1091737759391329620"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "6",
      "id_str" : "1631037012004136675",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1631037012004136675",
      "created_at" : "Wed Mar 01 21:01:41 +0000 2023",
      "favorited" : false,
      "full_text" : "@millpond_farm absolutely, bring a clean jar and we'll give you some starter.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1630987434313650621",
      "in_reply_to_status_id" : "1630987434313650621",
      "in_reply_to_user_id" : "1091737759391329620",
      "in_reply_to_user_id_str" : "1091737759391329620",
      "in_reply_to_screen_name" : "millpond_farm"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Mabel",
            "screen_name" : "mabel_knits",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "294566335190633490",
            "id" : "294566335190633490"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "17"
      ],
      "favorite_count" : "1",
      "id_str" : "1631011071220676889",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1631011071220676889",
      "created_at" : "Wed Mar 01 19:18:36 +0000 2023",
      "favorited" : false,
      "full_text" : "@mabel_knits haha",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1630934567294335279",
      "in_reply_to_status_id" : "1630934567294335279",
      "in_reply_to_user_id" : "294566335190633490",
      "in_reply_to_user_id_str" : "294566335190633490",
      "in_reply_to_screen_name" : "mabel_knits"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "5",
      "id_str" : "1630921855982904658",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1630921855982904658",
      "created_at" : "Wed Mar 01 13:24:06 +0000 2023",
      "favorited" : false,
      "full_text" : "On the shelf this Wednesday:\n- kouign-amann\n- hot cross buns\n- fig and fennel loaf\n- cinnamon raisin swirl\n\nCome and get it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/b4ZEpFtdna",
            "expanded_url" : "https://sunnydalebakes.example.com/blog/starter-vacation",
            "display_url" : "sunnydalebakes.example.com…",
            "indices" : [
              "55",
              "78"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "4",
      "id_str" : "1630856733294849630",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1630856733294849630",
      "created_at" : "Wed Mar 01 09:05:19 +0000 2023",
      "favorited" : false,
      "full_text" : "New blog post: how to keep a starter alive on vacation https://t.co/b4ZEpFtdna",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Town of Sunnydale",
            "screen_name" : "sunnydale_town",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "321749691526452125",
            "id" : "321749691526452125"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "0",
      "id_str" : "1629591146955683786",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1629591146955683786",
      "created_at" : "Sat Feb 25 21:16:20 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @sunnydale_town: Volunteers needed for spring cleanup day at Riverside Park.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "2",
      "id_str" : "1629127399720247459",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1629127399720247459",
      "created_at" : "Fri Feb 24 14:33:34 +0000 2023",
      "favorited" : false,
      "full_text" : "A teenager came in to ask for a job application and left with a summer job and a free scone. Welcome aboard.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "3",
      "id_str" : "1628048484269311171",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1628048484269311171",
      "created_at" : "Tue Feb 21 15:06:20 +0000 2023",
      "favorited" : false,
      "full_text" : "Gertrude the starter had a layer of hooch on top this morning, I neglected her. Rosa thinks I spoil her.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "8",
      "id_str" : "1627746256598757726",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1627746256598757726",
      "created_at" : "Mon Feb 20 19:05:24 +0000 2023",
      "favorited" : false,
      "full_text" : "On the shelf this Monday:\n- soda bread\n- honey oat sandwich loaf\n- cinnamon stars\n- seeded rye\n\nRye is limited!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "49"
      ],
      "favorite_count" : "15",
      "id_str" : "1627483908221401930",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1627483908221401930",
      "created_at" : "Mon Feb 20 01:42:55 +0000 2023",
      "favorited" : false,
      "full_text" : "I knead you to know that we're open late tonight.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "1",
      "id_str" : "1627355264291660235",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1627355264291660235",
      "created_at" : "Sun Feb 19 17:11:44 +0000 2023",
      "favorited" : false,
      "full_text" : "I'm on a roll today. Literally, I'm eating a potato roll. Sorry.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "2",
      "id_str" : "1627314542239257997",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1627314542239257997",
      "created_at" : "Sun Feb 19 14:29:55 +0000 2023",
      "favorited" : false,
      "full_text" : "New on the menu this week: panettone. The crumb shot alone made my whole week. Bring a friend.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "2",
      "id_str" : "1626637617364664288",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1626637617364664288",
      "created_at" : "Fri Feb 17 17:40:04 +0000 2023",
      "favorited" : false,
      "full_text" : "Theo asked if I'm ever going to stop with the puns. I said that's a half-baked idea. Sorry.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "54"
      ],
      "favorite_count" : "3",
      "id_str" : "1626155501420192723",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1626155501420192723",
      "created_at" : "Thu Feb 16 09:44:18 +0000 2023",
      "favorited" : false,
      "full_text" : "Some people have a green thumb. I have a floury thumb.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "12",
      "id_str" : "1625854024076021871",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1625854024076021871",
      "created_at" : "Wed Feb 15 13:46:20 +0000 2023",
      "favorited" : false,
      "full_text" : "Gertrude the starter went on vacation in the fridge while we were closed. Never a dull moment with that jar.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/MQdzfGyQgB",
            "expanded_url" : "https://sunnydalebakes.example.com/recipes/focaccia",
            "display_url" : "sunnydalebakes.example.com…",
            "indices" : [
              "54",
              "77"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "32",
      "id_str" : "1625451219082658689",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1625451219082658689",
      "created_at" : "Tue Feb 14 11:05:44 +0000 2023",
      "favorited" : false,
      "full_text" : "Here's the focaccia recipe everyone keeps asking for: https://t.co/MQdzfGyQgB",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sunnydale Otters",
            "screen_name" : "otters_baseball",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "171172468709992534",
            "id" : "171172468709992534"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "0",
      "id_str" : "1625313352979814819",
      "truncated" : false,
      "retweet_count" : "15",
      "id" : "1625313352979814819",
      "created_at" : "Tue Feb 14 01:57:54 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @otters_baseball: End-of-season party was a success. 200 dinner rolls, zero left over.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "2",
      "id_str" : "1624936702793626371",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1624936702793626371",
      "created_at" : "Mon Feb 13 01:01:14 +0000 2023",
      "favorited" : false,
      "full_text" : "Closed Monday for the holiday. Back Tuesday with seeded rye.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/eLNQfTCXp5",
            "expanded_url" : "https://sunnydalebakes.example.com/pantry/volunteer",
            "display_url" : "sunnydalebakes.example.com…",
            "indices" : [
              "59",
              "82"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "26",
      "id_str" : "1624436703172717037",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1624436703172717037",
      "created_at" : "Sat Feb 11 15:54:25 +0000 2023",
      "favorited" : false,
      "full_text" : "The food pantry needs volunteers this month. Details here: https://t.co/eLNQfTCXp5 Thank you!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "sunnydale",
            "indices" : [
              "114",
              "124"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "25",
      "id_str" : "1624426755365141072",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1624426755365141072",
      "created_at" : "Sat Feb 11 15:14:53 +0000 2023",
      "favorited" : false,
      "full_text" : "Who's going? Caroling on the library steps is Friday evening. The shop will close early so the whole crew can go. #sunnydale",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "0",
      "id_str" : "1623729443652955193",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1623729443652955193",
      "created_at" : "Thu Feb 09 17:04:01 +0000 2023",
      "favorited" : false,
      "full_text" : "Gertrude the starter turned seven years old this week. Please do not ask how much flour she eats.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "1",
      "id_str" : "1623462720159730552",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1623462720159730552",
      "created_at" : "Wed Feb 08 23:24:09 +0000 2023",
      "favorited" : false,
      "full_text" : "The oven timer went off in my dream last night and I woke up and checked the oven. At home. Where I was not baking.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "sunnydale",
            "indices" : [
              "107",
              "117"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "10",
      "id_str" : "1623438678739122451",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1623438678739122451",
      "created_at" : "Wed Feb 08 21:48:37 +0000 2023",
      "favorited" : false,
      "full_text" : "The polar plunge at the river is on New Year's Day! Dev will be handing out free day-old bread at the end. #sunnydale",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "3",
      "id_str" : "1623299324410011074",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1623299324410011074",
      "created_at" : "Wed Feb 08 12:34:53 +0000 2023",
      "favorited" : false,
      "full_text" : "Someone bought every single scone in the case for a baby shower. The rest of you will have to wait until tomorrow.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "16",
      "id_str" : "1623098052996816606",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1623098052996816606",
      "created_at" : "Tue Feb 07 23:15:06 +0000 2023",
      "favorited" : false,
      "full_text" : "We're experimenting with ciabatta made with Millpond Farm flour. A little lopsided, a lot delicious.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "smallbusiness",
            "indices" : [
              "0",
              "14"
            ]
          },
          {
            "text" : "bakery",
            "indices" : [
              "15",
              "22"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "22"
      ],
      "favorite_count" : "19",
      "id_str" : "1623078441952602026",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1623078441952602026",
      "created_at" : "Tue Feb 07 21:57:10 +0000 2023",
      "favorited" : false,
      "full_text" : "#smallbusiness #bakery",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "11"
      ],
      "favorite_count" : "11",
      "id_str" : "1622970667410533743",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1622970667410533743",
      "created_at" : "Tue Feb 07 14:48:55 +0000 2023",
      "favorited" : false,
      "full_text" : "Snow day ❄️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "4",
      "id_str" : "1622907942564696493",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1622907942564696493",
      "created_at" : "Tue Feb 07 10:39:40 +0000 2023",
      "favorited" : false,
      "full_text" : "Some days the bread bakes you.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "8"
      ],
      "favorite_count" : "4",
      "id_str" : "1622893459701527392",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1622893459701527392",
      "created_at" : "Tue Feb 07 09:42:07 +0000 2023",
      "favorited" : false,
      "full_text" : "Rye day.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "15",
      "id_str" : "1622546511980452850",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1622546511980452850",
      "created_at" : "Mon Feb 06 10:43:28 +0000 2023",
      "favorited" : false,
      "full_text" : "College kids home for break came in asking for 'the cinnamon thing'. Welcome home, we missed you.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sunnydale Otters",
            "screen_name" : "otters_baseball",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "171172468709992534",
            "id" : "171172468709992534"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "0",
      "id_str" : "1622375110276886882",
      "truncated" : false,
      "retweet_count" : "34",
      "id" : "1622375110276886882",
      "created_at" : "Sun Feb 05 23:22:23 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @otters_baseball: Otters take game one of the series 6 to 2. Next game Saturday at home.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "sunday",
            "indices" : [
              "15",
              "22"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "22"
      ],
      "favorite_count" : "5",
      "id_str" : "1622237330219079250",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1622237330219079250",
      "created_at" : "Sun Feb 05 14:14:53 +0000 2023",
      "favorited" : false,
      "full_text" : "Cinnamon rolls #sunday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "1",
      "id_str" : "1621439260794981306",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1621439260794981306",
      "created_at" : "Fri Feb 03 09:23:39 +0000 2023",
      "favorited" : false,
      "full_text" : "4am. Watching the first light hit the water tower from the back door. Best job in the world.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "20",
      "id_str" : "1620873770091653766",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1620873770091653766",
      "created_at" : "Wed Feb 01 19:56:35 +0000 2023",
      "favorited" : false,
      "full_text" : "Sunny but cold enough to hurt, and Biscuit refuses to leave his spot on the mat. Good day for spelt loaf.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Town of Sunnydale",
            "screen_name" : "sunnydale_town",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "321749691526452125",
            "id" : "321749691526452125"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "0",
      "id_str" : "1620803236018495520",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1620803236018495520",
      "created_at" : "Wed Feb 01 15:16:19 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @sunnydale_town: Reminder: parking on Main Street is free on weekends.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "52",
      "id_str" : "1620559914572203200",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1620559914572203200",
      "created_at" : "Tue Jan 31 23:09:26 +0000 2023",
      "favorited" : false,
      "full_text" : "On the shelf this Tuesday:\n- panettone\n- spelt loaf\n- cardamom knots\n- pain au chocolat\n\nCome and get it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "51",
      "id_str" : "1619626490048123055",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1619626490048123055",
      "created_at" : "Sun Jan 29 09:20:21 +0000 2023",
      "favorited" : false,
      "full_text" : "Mark your calendars: the holiday craft fair at the Grange hall is this weekend. Stop by the shop on your way for a coffee and English muffins.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "8",
      "id_str" : "1619447278431169997",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1619447278431169997",
      "created_at" : "Sat Jan 28 21:28:13 +0000 2023",
      "favorited" : false,
      "full_text" : "Today's record: eleven people in line at 7:01. Thank you for being patient with us.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "12",
      "id_str" : "1619303616029810349",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1619303616029810349",
      "created_at" : "Sat Jan 28 11:57:21 +0000 2023",
      "favorited" : false,
      "full_text" : "Grey, windy and bitter out there, so we moved the rye to the warm corner by the oven. We made extra spelt loaf.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sunnydale Weather Nerd",
            "screen_name" : "sdale_weather",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "358817839078295868",
            "id" : "358817839078295868"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "0",
      "id_str" : "1619266315576673264",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1619266315576673264",
      "created_at" : "Sat Jan 28 09:29:08 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @sdale_weather: Beautiful weekend ahead: sunny, light winds, highs in the mid 70s.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "17"
      ],
      "favorite_count" : "19",
      "id_str" : "1618915803674169467",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1618915803674169467",
      "created_at" : "Fri Jan 27 10:16:20 +0000 2023",
      "favorited" : false,
      "full_text" : "Happy New Year! 🎉",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "16",
      "id_str" : "1618901748601403539",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1618901748601403539",
      "created_at" : "Fri Jan 27 09:20:29 +0000 2023",
      "favorited" : false,
      "full_text" : "Who's going? The high school jazz band concert is Friday night. Look for the yellow tent and the smell of panettone. See you there!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "7",
      "id_str" : "1618236130146635820",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1618236130146635820",
      "created_at" : "Wed Jan 25 13:15:33 +0000 2023",
      "favorited" : false,
      "full_text" : "Home baker tip: brown butter makes almost anything better. Almost. You're welcome.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "8",
      "id_str" : "1617854572368940891",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1617854572368940891",
      "created_at" : "Tue Jan 24 11:59:22 +0000 2023",
      "favorited" : false,
      "full_text" : "5am. Rosa is already here and she's humming. Flour on my glasses, butter on my sleeve, and we haven't even opened. See you in a few hours.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "143"
      ],
      "favorite_count" : "8",
      "id_str" : "1616397138228708267",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1616397138228708267",
      "created_at" : "Fri Jan 20 11:28:03 +0000 2023",
      "favorited" : false,
      "full_text" : "Freezing rain, everything is glazed like a doughnut, which means soup and bread season is here, and I'm thrilled. We made extra cinnamon stars.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "32",
      "id_str" : "1615708762820378779",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1615708762820378779",
      "created_at" : "Wed Jan 18 13:52:42 +0000 2023",
      "favorited" : false,
      "full_text" : "Tip of the day: focaccia wants more olive oil than you think. More than that. Keep going. You're welcome.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "13",
      "id_str" : "1615666975687595307",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1615666975687595307",
      "created_at" : "Wed Jan 18 11:06:39 +0000 2023",
      "favorited" : false,
      "full_text" : "The polar plunge at the river is on New Year's Day! Proceeds from every cinnamon raisin swirl we sell that day go to the library fund.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "10"
      ],
      "favorite_count" : "9",
      "id_str" : "1615659467263713729",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1615659467263713729",
      "created_at" : "Wed Jan 18 10:36:49 +0000 2023",
      "favorited" : false,
      "full_text" : "Morning ☀️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "2",
      "id_str" : "1615488508089376800",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1615488508089376800",
      "created_at" : "Tue Jan 17 23:17:29 +0000 2023",
      "favorited" : false,
      "full_text" : "On the shelf this Tuesday:\n- caraway rye\n- sticky buns\n- chocolate babka\n- soda bread\n\nRye is limited!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "5",
      "id_str" : "1614945395336542058",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1614945395336542058",
      "created_at" : "Mon Jan 16 11:19:21 +0000 2023",
      "favorited" : false,
      "full_text" : "Gertrude (the sourdough starter) got fed rye flour as a treat. Please do not ask how much flour she eats.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "180"
      ],
      "favorite_count" : "20",
      "id_str" : "1614290698517995968",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1614290698517995968",
      "created_at" : "Sat Jan 14 15:57:49 +0000 2023",
      "favorited" : false,
      "full_text" : "Reminder: the farmers market is this Saturday, 8 to noon. Proceeds from every chocolate babka we sell that day go to the library fund. Bring cash, the signal out there is terrible.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "9",
      "id_str" : "1614259235403900063",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1614259235403900063",
      "created_at" : "Sat Jan 14 13:52:47 +0000 2023",
      "favorited" : false,
      "full_text" : "Story hour at the library is on Thursday! Dev will be handing out free day-old bread at the end. It's the best day of the year, fight me.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "20",
      "id_str" : "1613170763655566256",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1613170763655566256",
      "created_at" : "Wed Jan 11 13:47:35 +0000 2023",
      "favorited" : false,
      "full_text" : "Freezing rain, everything is glazed like a doughnut, so please be careful out there, we'll be here when you get here.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Millpond Farm",
            "screen_name" : "millpond_farm",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "1091737759391329620",
            "id" : "1091737759391329620"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "0",
      "id_str" : "1613129959716243042",
      "truncated" : false,
      "retweet_count" : "20",
      "id" : "1613129959716243042",
      "created_at" : "Wed Jan 11 11:05:27 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @millpond_farm: This year's wheat harvest is in. Grateful for good weather and good neighbors.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "4",
      "id_str" : "1613118967638575096",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1613118967638575096",
      "created_at" : "Wed Jan 11 10:21:46 +0000 2023",
      "favorited" : false,
      "full_text" : "Mark your calendars: the polar plunge at the river is on New Year's Day. Dev will be handing out free day-old bread at the end. See you there!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "1",
      "id_str" : "1612407630478690826",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1612407630478690826",
      "created_at" : "Mon Jan 09 11:15:10 +0000 2023",
      "favorited" : false,
      "full_text" : "A customer told me she drives past three other bakeries to get to us. I told her to be careful on the highway.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "19",
      "id_str" : "1612172341775788294",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1612172341775788294",
      "created_at" : "Sun Jan 08 19:40:13 +0000 2023",
      "favorited" : false,
      "full_text" : "I've started judging every town I visit by its bakery. Sunnydale passes, obviously.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "6",
      "id_str" : "1612024139635161340",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1612024139635161340",
      "created_at" : "Sun Jan 08 09:51:19 +0000 2023",
      "favorited" : false,
      "full_text" : "We finally have a bike rack out front. Thanks to the town council for approving it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "14",
      "id_str" : "1612019943762369835",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1612019943762369835",
      "created_at" : "Sun Jan 08 09:34:39 +0000 2023",
      "favorited" : false,
      "full_text" : "Cinnamon stars is back on the shelf today. Ask for the end piece, it's the best part. See you soon!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "0",
      "id_str" : "1611724406605927051",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1611724406605927051",
      "created_at" : "Sat Jan 07 14:00:17 +0000 2023",
      "favorited" : false,
      "full_text" : "Grey, windy and bitter out there, so please be careful out there, we'll be here when you get here.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "9",
      "id_str" : "1611291260411906751",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1611291260411906751",
      "created_at" : "Fri Jan 06 09:19:07 +0000 2023",
      "favorited" : false,
      "full_text" : "Sesame semolina loaf is back on the shelf today. They'll be gone by ten if last week is anything to go by. 🥐",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "9",
      "id_str" : "1610997050496998206",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1610997050496998206",
      "created_at" : "Thu Jan 05 13:50:02 +0000 2023",
      "favorited" : false,
      "full_text" : "The library staff have a standing order for Thursday morning buns. It's the best standing order we have.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "10",
      "id_str" : "1610582611625731699",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1610582611625731699",
      "created_at" : "Wed Jan 04 10:23:12 +0000 2023",
      "favorited" : false,
      "full_text" : "The Winter Lights parade is on Saturday night! We'll have a table with sticky buns and cinnamon stars.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "19",
      "id_str" : "1610231169793155713",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1610231169793155713",
      "created_at" : "Tue Jan 03 11:06:42 +0000 2023",
      "favorited" : false,
      "full_text" : "Gertrude got split in half so Mrs. Patel could start her own. Ask for a scoop if you want to start your own, we're always happy to share.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "54"
      ],
      "favorite_count" : "0",
      "id_str" : "1610053418396522858",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1610053418396522858",
      "created_at" : "Mon Jan 02 23:20:22 +0000 2023",
      "favorited" : false,
      "full_text" : "When life gives you lemons, make lemon poppyseed loaf.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "19",
      "id_str" : "1609897308867037002",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1609897308867037002",
      "created_at" : "Mon Jan 02 13:00:03 +0000 2023",
      "favorited" : false,
      "full_text" : "Quiet snowy morning, the plows haven't come yet, which makes this a fine day to stay inside and knead something.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "5"
      ],
      "favorite_count" : "17",
      "id_str" : "1609598614885303056",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1609598614885303056",
      "created_at" : "Sun Jan 01 17:13:09 +0000 2023",
      "favorited" : false,
      "full_text" : "Open!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "5",
      "id_str" : "1609536653678893853",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1609536653678893853",
      "created_at" : "Sun Jan 01 13:06:56 +0000 2023",
      "favorited" : false,
      "full_text" : "Pre-orders for holiday pies close on Friday. Don't wait!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "13"
      ],
      "favorite_count" : "11",
      "id_str" : "1609296165683853241",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1609296165683853241",
      "created_at" : "Sat Dec 31 21:11:19 +0000 2022",
      "favorited" : false,
      "full_text" : "Busy Saturday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lou",
            "screen_name" : "lou_tomatoes",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "114463376364279016",
            "id" : "114463376364279016"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "0",
      "id_str" : "1609206623063883525",
      "truncated" : false,
      "retweet_count" : "21",
      "id" : "1609206623063883525",
      "created_at" : "Sat Dec 31 15:15:31 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @lou_tomatoes: Traded a basket of tomatoes for a loaf of sourdough. Best deal in town.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "13",
      "id_str" : "1609142914923751818",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1609142914923751818",
      "created_at" : "Sat Dec 31 11:02:22 +0000 2022",
      "favorited" : false,
      "full_text" : "An older gentleman paid with a two-dollar bill and told me it was lucky. He said to spend it on flour. I did.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "39",
      "id_str" : "1609129907715931575",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1609129907715931575",
      "created_at" : "Sat Dec 31 10:10:40 +0000 2022",
      "favorited" : false,
      "full_text" : "Free advice: if your starter smells like nail polish remover, it's hungry. Feed it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "26",
      "id_str" : "1608420672878602462",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1608420672878602462",
      "created_at" : "Thu Dec 29 11:12:26 +0000 2022",
      "favorited" : false,
      "full_text" : "Baking tip: weigh your flour. Cups lie.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/VEfI9cfwkY",
            "expanded_url" : "https://sunnydalebakes.example.com/classes/kids",
            "display_url" : "sunnydalebakes.example.com…",
            "indices" : [
              "43",
              "66"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "14",
      "id_str" : "1608130301121988055",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1608130301121988055",
      "created_at" : "Wed Dec 28 15:58:36 +0000 2022",
      "favorited" : false,
      "full_text" : "Sign up for our bread class for kids here: https://t.co/VEfI9cfwkY 🍞",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "54"
      ],
      "favorite_count" : "16",
      "id_str" : "1607883306954322966",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1607883306954322966",
      "created_at" : "Tue Dec 27 23:37:08 +0000 2022",
      "favorited" : false,
      "full_text" : "You can't make everyone happy. You're not a croissant.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "1",
      "id_str" : "1607702859966506109",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1607702859966506109",
      "created_at" : "Tue Dec 27 11:40:06 +0000 2022",
      "favorited" : false,
      "full_text" : "Cinnamon rolls: the only thing I'll ever roll out of bed for.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "5",
      "id_str" : "1607348370409248087",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1607348370409248087",
      "created_at" : "Mon Dec 26 12:11:29 +0000 2022",
      "favorited" : false,
      "full_text" : "Sunny but cold enough to hurt, so the bread is going to be a bit more sour than usual. No complaints.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "11",
      "id_str" : "1607332236266837842",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1607332236266837842",
      "created_at" : "Mon Dec 26 11:07:22 +0000 2022",
      "favorited" : false,
      "full_text" : "Gertrude was fed at 4am and was ready by 9, right on schedule. Please do not ask how much flour she eats.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "13",
      "id_str" : "1607124074818489025",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1607124074818489025",
      "created_at" : "Sun Dec 25 21:20:13 +0000 2022",
      "favorited" : false,
      "full_text" : "Reminder: the high school jazz band concert is Friday night. Look for the yellow tent and the smell of chocolate babka.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "21",
      "id_str" : "1607001406025824018",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1607001406025824018",
      "created_at" : "Sun Dec 25 13:12:46 +0000 2022",
      "favorited" : false,
      "full_text" : "Home baker tip: let your bread cool completely before you slice it. The inside is still cooking. Questions? Ask away.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/I6LjobrVCn",
            "expanded_url" : "https://sunnydalebakes.example.com/blog/country-sourdough",
            "display_url" : "sunnydalebakes.example.com…",
            "indices" : [
              "69",
              "92"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "22",
      "id_str" : "1606966766683846019",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1606966766683846019",
      "created_at" : "Sun Dec 25 10:55:07 +0000 2022",
      "favorited" : false,
      "full_text" : "We wrote up our country sourdough method for the library newsletter: https://t.co/I6LjobrVCn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Millpond Farm",
            "screen_name" : "millpond_farm",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1091737759391329620",
            "id" : "1091737759391329620"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "2",
      "id_str" : "1606964985542499868",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1606964985542499868",
      "created_at" : "Sun Dec 25 10:48:03 +0000 2022",
      "favorited" : false,
      "full_text" : "@millpond_farm honestly it's the butter. It's always the butter.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1606903833051090902",
      "in_reply_to_status_id" : "1606903833051090902",
      "in_reply_to_user_id" : "1091737759391329620",
      "in_reply_to_user_id_str" : "1091737759391329620",
      "in_reply_to_screen_name" : "millpond_farm"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "1",
      "id_str" : "1606463404940502343",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1606463404940502343",
      "created_at" : "Sat Dec 24 01:34:57 +0000 2022",
      "favorited" : false,
      "full_text" : "Sold a loaf to a dad &amp; his twins this morning. The twins negotiated for two cookies each &amp; won.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lou",
            "screen_name" : "lou_tomatoes",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "114463376364279016",
            "id" : "114463376364279016"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "3",
      "id_str" : "1606236667972122322",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1606236667972122322",
      "created_at" : "Fri Dec 23 10:33:58 +0000 2022",
      "favorited" : false,
      "full_text" : "@lou_tomatoes thank you for sharing! The library has been so good to us.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1606136003725356741",
      "in_reply_to_status_id" : "1606136003725356741",
      "in_reply_to_user_id" : "114463376364279016",
      "in_reply_to_user_id_str" : "114463376364279016",
      "in_reply_to_screen_name" : "lou_tomatoes"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/oE0FTDR85h",
            "expanded_url" : "https://sunnydalebakes.example.com/orders",
            "display_url" : "sunnydalebakes.example.com…",
            "indices" : [
              "45",
              "68"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "0",
      "id_str" : "1606216980209180457",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1606216980209180457",
      "created_at" : "Fri Dec 23 09:15:44 +0000 2022",
      "favorited" : false,
      "full_text" : "Theo made us a little website for pre-orders https://t.co/oE0FTDR85h and I'm very impressed with him. https://t.co/oE0FTDR85h",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "20",
      "id_str" : "1605495950044184938",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1605495950044184938",
      "created_at" : "Wed Dec 21 09:30:37 +0000 2022",
      "favorited" : false,
      "full_text" : "Donut worry, be happy. We don't make donuts. Be happy anyway. Sorry.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "5",
      "id_str" : "1605139042309366912",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1605139042309366912",
      "created_at" : "Tue Dec 20 09:52:24 +0000 2022",
      "favorited" : false,
      "full_text" : "We're hiring a part-time morning baker. Early hours, good coffee, all the bread you can carry. Come talk to us.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "3"
      ],
      "favorite_count" : "0",
      "id_str" : "1604460732933952778",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1604460732933952778",
      "created_at" : "Sun Dec 18 12:57:02 +0000 2022",
      "favorited" : false,
      "full_text" : "🥖☕️",
      "lang" : "und"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "168"
      ],
      "favorite_count" : "4",
      "id_str" : "1604143185111956714",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1604143185111956714",
      "created_at" : "Sat Dec 17 15:55:13 +0000 2022",
      "favorited" : false,
      "full_text" : "Freezing rain, everything is glazed like a doughnut, so please be careful out there, we'll be here when you get here. Come warm up with some ham and gruyère croissants.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "4",
      "id_str" : "1603833112296504062",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1603833112296504062",
      "created_at" : "Fri Dec 16 19:23:06 +0000 2022",
      "favorited" : false,
      "full_text" : "Customer of the week: the man who brings his own butter dish to eat his croissant at the counter. Elegant.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "3",
      "id_str" : "1603676481664473763",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1603676481664473763",
      "created_at" : "Fri Dec 16 09:00:42 +0000 2022",
      "favorited" : false,
      "full_text" : "We're out of cinnamon raisin swirl for today. More tomorrow, promise.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "4",
      "id_str" : "1603443369728204103",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1603443369728204103",
      "created_at" : "Thu Dec 15 17:34:24 +0000 2022",
      "favorited" : false,
      "full_text" : "Our starter Gertrude made the best loaf of the month and knows it. Please do not ask how much flour she eats.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Mabel",
            "screen_name" : "mabel_knits",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "294566335190633490",
            "id" : "294566335190633490"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "58"
      ],
      "favorite_count" : "6",
      "id_str" : "1603049284151204652",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1603049284151204652",
      "created_at" : "Wed Dec 14 15:28:27 +0000 2022",
      "favorited" : false,
      "full_text" : "@mabel_knits not yet, but we're working on it. Stay tuned.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1602915149679664171",
      "in_reply_to_status_id" : "1602915149679664171",
      "in_reply_to_user_id" : "294566335190633490",
      "in_reply_to_user_id_str" : "294566335190633490",
      "in_reply_to_screen_name" : "mabel_knits"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "135"
      ],
      "favorite_count" : "26",
      "id_str" : "1602656760312552482",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1602656760312552482",
      "created_at" : "Tue Dec 13 13:28:42 +0000 2022",
      "favorited" : false,
      "full_text" : "Don't forget, the fire station pancake breakfast is on Sunday morning. Look for the yellow tent and the smell of cinnamon raisin swirl.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sunnydale Public Library",
            "screen_name" : "sdale_library",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "673903061079703718",
            "id" : "673903061079703718"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "0",
      "id_str" : "1602603632774507611",
      "truncated" : false,
      "retweet_count" : "22",
      "id" : "1602603632774507611",
      "created_at" : "Tue Dec 13 09:57:35 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @sdale_library: Our bread history exhibit is open through the end of the month. Free for everyone.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "30",
      "id_str" : "1601870963304819725",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1601870963304819725",
      "created_at" : "Sun Dec 11 09:26:13 +0000 2022",
      "favorited" : false,
      "full_text" : "Back by popular demand (well, by two people asking very nicely): pain au chocolat. Crunchy outside &amp; soft inside, the way it should be. 🍞",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "sourdough",
            "indices" : [
              "82",
              "92"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "18",
      "id_str" : "1601167449597518995",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1601167449597518995",
      "created_at" : "Fri Dec 09 10:50:42 +0000 2022",
      "favorited" : false,
      "full_text" : "Baking tip: a pan of water in the bottom of your oven gives you a crispier crust. #sourdough",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/K3GUyzYzvp",
            "expanded_url" : "https://sunnydalebakes.example.com/town/small-business-map",
            "display_url" : "sunnydalebakes.example.com…",
            "indices" : [
              "43",
              "66"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "0",
      "id_str" : "1599851478112284911",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1599851478112284911",
      "created_at" : "Mon Dec 05 19:41:30 +0000 2022",
      "favorited" : false,
      "full_text" : "We're on the Sunnydale small business map: https://t.co/K3GUyzYzvp Enjoy!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "1",
      "id_str" : "1599710247558604285",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1599710247558604285",
      "created_at" : "Mon Dec 05 10:20:18 +0000 2022",
      "favorited" : false,
      "full_text" : "New hours starting next week: Tuesday to Sunday, 7am to 2pm.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sunnydale Otters",
            "screen_name" : "otters_baseball",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "171172468709992534",
            "id" : "171172468709992534"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "0",
      "id_str" : "1599382353959326617",
      "truncated" : false,
      "retweet_count" : "23",
      "id" : "1599382353959326617",
      "created_at" : "Sun Dec 04 12:37:22 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @otters_baseball: Opening day is Saturday at 1pm! Free admission for kids under 12.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "7",
      "id_str" : "1599053714656198421",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1599053714656198421",
      "created_at" : "Sat Dec 03 14:51:29 +0000 2022",
      "favorited" : false,
      "full_text" : "Don't forget, the library book sale is this weekend. Rosa is running our booth, so be nice to her. Wear comfortable shoes.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "5",
      "id_str" : "1599002935408248238",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1599002935408248238",
      "created_at" : "Sat Dec 03 11:29:42 +0000 2022",
      "favorited" : false,
      "full_text" : "We made a double batch of cranberry walnut loaf this morning. Dev says it's the best batch we've done. Dev says that every week. 🥐",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "3",
      "id_str" : "1598792365860161286",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1598792365860161286",
      "created_at" : "Fri Dec 02 21:32:58 +0000 2022",
      "favorited" : false,
      "full_text" : "If you see someone covered in flour at the grocery store, it's probably me. Say hi.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "10",
      "id_str" : "1598626123982891491",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1598626123982891491",
      "created_at" : "Fri Dec 02 10:32:23 +0000 2022",
      "favorited" : false,
      "full_text" : "If we ever stop making cinnamon rolls there will be a riot on Main Street and I'll lead it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "17"
      ],
      "favorite_count" : "13",
      "id_str" : "1597899348209246744",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1597899348209246744",
      "created_at" : "Wed Nov 30 10:24:26 +0000 2022",
      "favorited" : false,
      "full_text" : "Flour everywhere.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "141"
      ],
      "favorite_count" : "21",
      "id_str" : "1597618779374734349",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1597618779374734349",
      "created_at" : "Tue Nov 29 15:49:33 +0000 2022",
      "favorited" : false,
      "full_text" : "The maples on Elm Street have gone full orange, so the dough is proofing slow and I'm drinking an extra coffee. Good day for cider doughnuts.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "4",
      "id_str" : "1597565317070684543",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1597565317070684543",
      "created_at" : "Tue Nov 29 12:17:07 +0000 2022",
      "favorited" : false,
      "full_text" : "A customer told me our sourdough tastes like her grandmother's in Lyon. Highest compliment I've ever received.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "153"
      ],
      "favorite_count" : "0",
      "id_str" : "1597034893309298795",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1597034893309298795",
      "created_at" : "Mon Nov 28 01:09:24 +0000 2022",
      "favorited" : false,
      "full_text" : "4:30am. The whole street is dark except for us. Listening to the farm report on the radio and laminating croissant dough. Long day ahead, good day ahead.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "2",
      "id_str" : "1596191187680532154",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1596191187680532154",
      "created_at" : "Fri Nov 25 17:16:49 +0000 2022",
      "favorited" : false,
      "full_text" : "The new dentist on Elm Street came in, bought six sticky buns, and made me promise not to tell her patients.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Millpond Farm",
            "screen_name" : "millpond_farm",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1091737759391329620",
            "id" : "1091737759391329620"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "6",
      "id_str" : "1595801528127021024",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1595801528127021024",
      "created_at" : "Thu Nov 24 15:28:27 +0000 2022",
      "favorited" : false,
      "full_text" : "@millpond_farm the secret is a long cold proof and a very hot oven.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1595788692669251490",
      "in_reply_to_status_id" : "1595788692669251490",
      "in_reply_to_user_id" : "1091737759391329620",
      "in_reply_to_user_id_str" : "1091737759391329620",
      "in_reply_to_screen_name" : "millpond_farm"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "8",
      "id_str" : "1595716757344348726",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1595716757344348726",
      "created_at" : "Thu Nov 24 09:51:36 +0000 2022",
      "favorited" : false,
      "full_text" : "Theo scored all the pretzel rolls this morning by himself. I may have eaten one already. Quality control. ☕️ is on too.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "0",
      "id_str" : "1594279298527987430",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1594279298527987430",
      "created_at" : "Sun Nov 20 10:39:39 +0000 2022",
      "favorited" : false,
      "full_text" : "Cold, bright and crisp, and the window seat has a perfect view of it. We made extra morning buns.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "5",
      "id_str" : "1594265154454243918",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1594265154454243918",
      "created_at" : "Sun Nov 20 09:43:27 +0000 2022",
      "favorited" : false,
      "full_text" : "The church rummage sale is on Saturday! The shop will close early so the whole crew can go. Can't wait.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "sourdough",
            "indices" : [
              "103",
              "113"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "3",
      "id_str" : "1594105706085689171",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1594105706085689171",
      "created_at" : "Sat Nov 19 23:09:52 +0000 2022",
      "favorited" : false,
      "full_text" : "We made a double batch of honey oat sandwich loaf this morning. Come early, there are only 20 of them. #sourdough",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/Q5q0BISI6W",
            "expanded_url" : "https://sunnydalebakes.example.com/blog/why-wild-yeast",
            "display_url" : "sunnydalebakes.example.com…",
            "indices" : [
              "64",
              "87"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "4",
      "id_str" : "1594045917630674053",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1594045917630674053",
      "created_at" : "Sat Nov 19 19:12:17 +0000 2022",
      "favorited" : false,
      "full_text" : "Wrote about why we don't use commercial yeast in our sourdough: https://t.co/Q5q0BISI6W",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "4",
      "id_str" : "1593969044010868232",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1593969044010868232",
      "created_at" : "Sat Nov 19 14:06:49 +0000 2022",
      "favorited" : false,
      "full_text" : "Quarter to five. There's something peaceful about shaping loaves before the sun comes up. Good morning, Sunnydale.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "1",
      "id_str" : "1593681923866943501",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1593681923866943501",
      "created_at" : "Fri Nov 18 19:05:54 +0000 2022",
      "favorited" : false,
      "full_text" : "I told Rosa a bread pun and she said it was crumby. Rude but accurate.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "1",
      "id_str" : "1592823014233344715",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1592823014233344715",
      "created_at" : "Wed Nov 16 10:12:54 +0000 2022",
      "favorited" : false,
      "full_text" : "Quarter to five. First batch of dough is resting and so am I, for five minutes.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "11"
      ],
      "favorite_count" : "9",
      "id_str" : "1592693985803292044",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1592693985803292044",
      "created_at" : "Wed Nov 16 01:40:11 +0000 2022",
      "favorited" : false,
      "full_text" : "Baguettes!!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/GzLtZZmz4j",
            "expanded_url" : "https://sunnydalebakes.example.com/gazette/pie-contest",
            "display_url" : "sunnydalebakes.example.com…",
            "indices" : [
              "54",
              "77"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "0",
      "id_str" : "1591790472447605256",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1591790472447605256",
      "created_at" : "Sun Nov 13 13:49:57 +0000 2022",
      "favorited" : false,
      "full_text" : "If you missed the pie contest results, here they are: https://t.co/GzLtZZmz4j Enjoy!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "3",
      "id_str" : "1591580041531647759",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1591580041531647759",
      "created_at" : "Sat Nov 12 23:53:46 +0000 2022",
      "favorited" : false,
      "full_text" : "Small batch of sesame semolina loaf today, the kind I make when nobody's watching. Made with local eggs and a little too much enthusiasm. 🍞",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "smalltown",
            "indices" : [
              "67",
              "77"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "2",
      "id_str" : "1591362917172293061",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1591362917172293061",
      "created_at" : "Sat Nov 12 09:31:00 +0000 2022",
      "favorited" : false,
      "full_text" : "Today's special: brioche. The crumb shot alone made my whole week. #smalltown",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "bakerylife",
            "indices" : [
              "121",
              "132"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "16",
      "id_str" : "1590884562062226992",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1590884562062226992",
      "created_at" : "Fri Nov 11 01:50:11 +0000 2022",
      "favorited" : false,
      "full_text" : "Challah for the early birds, apple hand pies for everybody else. Pairs very well with salted butter and a quiet morning. #bakerylife",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Priya",
            "screen_name" : "priya_cooks",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "543425549010116242",
            "id" : "543425549010116242"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "1",
      "id_str" : "1590092656126761304",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1590092656126761304",
      "created_at" : "Tue Nov 08 21:23:26 +0000 2022",
      "favorited" : false,
      "full_text" : "@priya_cooks you're the best. See you Saturday at the market?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1590070763916763374",
      "in_reply_to_status_id" : "1590070763916763374",
      "in_reply_to_user_id" : "543425549010116242",
      "in_reply_to_user_id_str" : "543425549010116242",
      "in_reply_to_screen_name" : "priya_cooks"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "3",
      "id_str" : "1589941546195317738",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1589941546195317738",
      "created_at" : "Tue Nov 08 11:22:58 +0000 2022",
      "favorited" : false,
      "full_text" : "Why do bakers work so hard? Because they knead the dough. 🥖",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Mabel",
            "screen_name" : "mabel_knits",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "294566335190633490",
            "id" : "294566335190633490"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "0",
      "id_str" : "1589927260321596132",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1589927260321596132",
      "created_at" : "Tue Nov 08 10:26:12 +0000 2022",
      "favorited" : false,
      "full_text" : "@mabel_knits see you soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1589893538346918413",
      "in_reply_to_status_id" : "1589893538346918413",
      "in_reply_to_user_id" : "294566335190633490",
      "in_reply_to_user_id_str" : "294566335190633490",
      "in_reply_to_screen_name" : "mabel_knits"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "13",
      "id_str" : "1589924744595749096",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1589924744595749096",
      "created_at" : "Tue Nov 08 10:16:13 +0000 2022",
      "favorited" : false,
      "full_text" : "Life is what you bake it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "bakingtips",
            "indices" : [
              "85",
              "96"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "2",
      "id_str" : "1589784784874329230",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1589784784874329230",
      "created_at" : "Tue Nov 08 01:00:04 +0000 2022",
      "favorited" : false,
      "full_text" : "Free advice: rye dough is sticky and that's okay. Don't fight it, use a wet spatula. #bakingtips",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "6",
      "id_str" : "1589406382949498727",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1589406382949498727",
      "created_at" : "Sun Nov 06 23:56:26 +0000 2022",
      "favorited" : false,
      "full_text" : "Rain and wind all night, the awning survived, and Theo still showed up on his bike. Hero.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ellie",
            "screen_name" : "ellie_bee",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "337325142763604624",
            "id" : "337325142763604624"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "2",
      "id_str" : "1589210374583531627",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1589210374583531627",
      "created_at" : "Sun Nov 06 10:57:34 +0000 2022",
      "favorited" : false,
      "full_text" : "@ellie_bee &lt;3 thank you, that made our morning.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1589182191241088520",
      "in_reply_to_status_id" : "1589182191241088520",
      "in_reply_to_user_id" : "337325142763604624",
      "in_reply_to_user_id_str" : "337325142763604624",
      "in_reply_to_screen_name" : "ellie_bee"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "shoplocal",
            "indices" : [
              "133",
              "143"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "143"
      ],
      "favorite_count" : "20",
      "id_str" : "1588504443864956347",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1588504443864956347",
      "created_at" : "Fri Nov 04 12:12:27 +0000 2022",
      "favorited" : false,
      "full_text" : "Back by popular demand (well, by two people asking very nicely): milk bread. Pairs very well with salted butter and a quiet morning. #shoplocal",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "18",
      "id_str" : "1588482970211057601",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1588482970211057601",
      "created_at" : "Fri Nov 04 10:47:07 +0000 2022",
      "favorited" : false,
      "full_text" : "3:40am. Listening to the farm report on the radio and laminating croissant dough.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "27",
      "id_str" : "1588130129888583242",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1588130129888583242",
      "created_at" : "Thu Nov 03 11:25:03 +0000 2022",
      "favorited" : false,
      "full_text" : "Cold, bright and crisp, so we moved the rye to the warm corner by the oven.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lou",
            "screen_name" : "lou_tomatoes",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "114463376364279016",
            "id" : "114463376364279016"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "2",
      "id_str" : "1588120222767373975",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1588120222767373975",
      "created_at" : "Thu Nov 03 10:45:41 +0000 2022",
      "favorited" : false,
      "full_text" : "@lou_tomatoes we'll have a gluten-friendly option soon, but it's not gluten-free, sorry!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1587976273407333321",
      "in_reply_to_status_id" : "1587976273407333321",
      "in_reply_to_user_id" : "114463376364279016",
      "in_reply_to_user_id_str" : "114463376364279016",
      "in_reply_to_screen_name" : "lou_tomatoes"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Mabel",
            "screen_name" : "mabel_knits",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "294566335190633490",
            "id" : "294566335190633490"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "51"
      ],
      "favorite_count" : "7",
      "id_str" : "1587826697200637801",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1587826697200637801",
      "created_at" : "Wed Nov 02 15:19:19 +0000 2022",
      "favorited" : false,
      "full_text" : "@mabel_knits we'll save you one, just say the word.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1587743650144558601",
      "in_reply_to_status_id" : "1587743650144558601",
      "in_reply_to_user_id" : "294566335190633490",
      "in_reply_to_user_id_str" : "294566335190633490",
      "in_reply_to_screen_name" : "mabel_knits"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lou",
            "screen_name" : "lou_tomatoes",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "114463376364279016",
            "id" : "114463376364279016"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "1",
      "id_str" : "1587823559225021763",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1587823559225021763",
      "created_at" : "Wed Nov 02 15:06:51 +0000 2022",
      "favorited" : false,
      "full_text" : "@lou_tomatoes it's a secret family recipe. The family is me. I made it up in 2019.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1587760645131454025",
      "in_reply_to_status_id" : "1587760645131454025",
      "in_reply_to_user_id" : "114463376364279016",
      "in_reply_to_user_id_str" : "114463376364279016",
      "in_reply_to_screen_name" : "lou_tomatoes"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "40",
      "id_str" : "1587732150843130755",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1587732150843130755",
      "created_at" : "Wed Nov 02 09:03:38 +0000 2022",
      "favorited" : false,
      "full_text" : "Our new bread slicer arrived. Ask us to slice your loaf, it's free and it's very satisfying to watch.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "55"
      ],
      "favorite_count" : "7",
      "id_str" : "1587498393500569243",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1587498393500569243",
      "created_at" : "Tue Nov 01 17:34:45 +0000 2022",
      "favorited" : false,
      "full_text" : "Our bread has a lot of culture. The starter is seven. 😅",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "27",
      "id_str" : "1586651433435335786",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1586651433435335786",
      "created_at" : "Sun Oct 30 09:29:14 +0000 2022",
      "favorited" : false,
      "full_text" : "Gertrude was fed at 4am and was ready by 9, right on schedule. Bread tomorrow is going to be very good.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "15"
      ],
      "favorite_count" : "18",
      "id_str" : "1586142341025313251",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1586142341025313251",
      "created_at" : "Fri Oct 28 23:46:17 +0000 2022",
      "favorited" : false,
      "full_text" : "Challah Friday!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "37",
      "id_str" : "1586050827308951996",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1586050827308951996",
      "created_at" : "Fri Oct 28 17:42:39 +0000 2022",
      "favorited" : false,
      "full_text" : "Every bakery has a smell and ours is cinnamon, coffee and a little bit of burnt sugar.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "10",
      "id_str" : "1585966125845971344",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1585966125845971344",
      "created_at" : "Fri Oct 28 12:06:04 +0000 2022",
      "favorited" : false,
      "full_text" : "Mrs. Haddad brought us ka'ak to try and taught me to say thank you: شكرا جزيلا. It was wonderful.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sam",
            "screen_name" : "sam_on_elm",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1106354070644613044",
            "id" : "1106354070644613044"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "18"
      ],
      "favorite_count" : "13",
      "id_str" : "1585584760341700949",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1585584760341700949",
      "created_at" : "Thu Oct 27 10:50:40 +0000 2022",
      "favorited" : false,
      "full_text" : "@sam_on_elm sorry!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1585483090488669133",
      "in_reply_to_status_id" : "1585483090488669133",
      "in_reply_to_user_id" : "1106354070644613044",
      "in_reply_to_user_id_str" : "1106354070644613044",
      "in_reply_to_screen_name" : "sam_on_elm"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "1",
      "id_str" : "1584173116507001577",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1584173116507001577",
      "created_at" : "Sun Oct 23 13:21:18 +0000 2022",
      "favorited" : false,
      "full_text" : "Baked sweet potato rolls with the last of this season's flour. The crumb shot alone made my whole week.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "14",
      "id_str" : "1584155831067505156",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1584155831067505156",
      "created_at" : "Sun Oct 23 12:12:36 +0000 2022",
      "favorited" : false,
      "full_text" : "Cold, bright and crisp, so coffee is half price for anyone who walked here.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "5",
      "id_str" : "1583778350005263529",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1583778350005263529",
      "created_at" : "Sat Oct 22 11:12:38 +0000 2022",
      "favorited" : false,
      "full_text" : "Today's most asked question: is it too early for pumpkin? It is never too early for pumpkin.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "3",
      "id_str" : "1583122310103975916",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1583122310103975916",
      "created_at" : "Thu Oct 20 15:45:46 +0000 2022",
      "favorited" : false,
      "full_text" : "Somebody asked for garlic knots on Tuesday, so here we are. They'll be gone by ten if last week is anything to go by. 🍞",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "3",
      "id_str" : "1583061701267449486",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1583061701267449486",
      "created_at" : "Thu Oct 20 11:44:56 +0000 2022",
      "favorited" : false,
      "full_text" : "Two strangers reached for the last baguette at the same time and ended up splitting it and sitting together. Bread brings people together.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "0",
      "id_str" : "1583059921379376088",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1583059921379376088",
      "created_at" : "Thu Oct 20 11:37:51 +0000 2022",
      "favorited" : false,
      "full_text" : "This focaccia really rises to the occasion. 😅",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "7",
      "id_str" : "1582030097462819150",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1582030097462819150",
      "created_at" : "Mon Oct 17 15:25:42 +0000 2022",
      "favorited" : false,
      "full_text" : "Our rye bread has a lot of seeds of doubt. Kidding, it's just caraway.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "12",
      "id_str" : "1581977741509601604",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1581977741509601604",
      "created_at" : "Mon Oct 17 11:57:39 +0000 2022",
      "favorited" : false,
      "full_text" : "Reminder: the high school jazz band concert is Friday night. We're donating a few dozen pretzel rolls to help out. Wear comfortable shoes.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "The Finches",
            "screen_name" : "the_finch_fam",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "833867734205115520",
            "id" : "833867734205115520"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "8",
      "id_str" : "1581950736865421187",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1581950736865421187",
      "created_at" : "Mon Oct 17 10:10:21 +0000 2022",
      "favorited" : false,
      "full_text" : "@the_finch_fam Rosa made that one, I'll pass on the compliment.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1581819369262188930",
      "in_reply_to_status_id" : "1581819369262188930",
      "in_reply_to_user_id" : "833867734205115520",
      "in_reply_to_user_id_str" : "833867734205115520",
      "in_reply_to_screen_name" : "the_finch_fam"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "The Finches",
            "screen_name" : "the_finch_fam",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "833867734205115520",
            "id" : "833867734205115520"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "10",
      "id_str" : "1581762719307563996",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1581762719307563996",
      "created_at" : "Sun Oct 16 21:43:14 +0000 2022",
      "favorited" : false,
      "full_text" : "@the_finch_fam bread &amp; butter pudding is on Sundays only, sorry! Worth the wait.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1581676399795450827",
      "in_reply_to_status_id" : "1581676399795450827",
      "in_reply_to_user_id" : "833867734205115520",
      "in_reply_to_user_id_str" : "833867734205115520",
      "in_reply_to_screen_name" : "the_finch_fam"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "29",
      "id_str" : "1581218821194146590",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1581218821194146590",
      "created_at" : "Sat Oct 15 09:41:59 +0000 2022",
      "favorited" : false,
      "full_text" : "Mrs. Alvarez taught Theo how to braid challah properly today. Our Friday loaves are about to get a lot prettier.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "8",
      "id_str" : "1580305722406558701",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1580305722406558701",
      "created_at" : "Wed Oct 12 21:13:39 +0000 2022",
      "favorited" : false,
      "full_text" : "Running a small business is 10% baking and 90% figuring out why the freezer is beeping.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "3",
      "id_str" : "1580197401826938935",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1580197401826938935",
      "created_at" : "Wed Oct 12 14:03:13 +0000 2022",
      "favorited" : false,
      "full_text" : "Thinking about how bread is just flour, water, salt and time. And somehow it's everything.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "21",
      "id_str" : "1580190267084560427",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1580190267084560427",
      "created_at" : "Wed Oct 12 13:34:52 +0000 2022",
      "favorited" : false,
      "full_text" : "4:30am. Ovens on, radio on, coffee on. In that order. There's something peaceful about shaping loaves before the sun comes up. ☕️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "0",
      "id_str" : "1579650035449309081",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1579650035449309081",
      "created_at" : "Tue Oct 11 01:48:11 +0000 2022",
      "favorited" : false,
      "full_text" : "First tray of jalapeño cheddar bread is out. Listen closely and you can hear the crust crackle as it cools. ☕️ is on too.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "12",
      "id_str" : "1578716544754475054",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1578716544754475054",
      "created_at" : "Sat Oct 08 11:58:50 +0000 2022",
      "favorited" : false,
      "full_text" : "The oven and I have a warm relationship. Sorry.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "8",
      "id_str" : "1578712929690543881",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1578712929690543881",
      "created_at" : "Sat Oct 08 11:44:28 +0000 2022",
      "favorited" : false,
      "full_text" : "Our starter Gertrude got split in half so Mrs. Patel could start her own. That's my girl.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "4",
      "id_str" : "1578698566239570423",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1578698566239570423",
      "created_at" : "Sat Oct 08 10:47:23 +0000 2022",
      "favorited" : false,
      "full_text" : "Cold, bright and crisp, so the dough is proofing slow and I'm drinking an extra coffee.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "1",
      "id_str" : "1578023122586409203",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1578023122586409203",
      "created_at" : "Thu Oct 06 14:03:25 +0000 2022",
      "favorited" : false,
      "full_text" : "Q&amp;A night at the shop on Thursday: bring your bread questions &amp; your failed loaves, we'll figure it out together.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "2",
      "id_str" : "1577998746665171573",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1577998746665171573",
      "created_at" : "Thu Oct 06 12:26:33 +0000 2022",
      "favorited" : false,
      "full_text" : "Baked ciabatta with the last of this season's flour. Half the batch is already spoken for by the library staff. Happy Thursday!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "11",
      "id_str" : "1577690847338471406",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1577690847338471406",
      "created_at" : "Wed Oct 05 16:03:04 +0000 2022",
      "favorited" : false,
      "full_text" : "And now here we are. Thank you, Sunnydale, for showing up every morning. We'll keep the ovens on.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1577690092301476338",
      "in_reply_to_status_id" : "1577690092301476338",
      "in_reply_to_user_id" : "1499218305520693249",
      "in_reply_to_user_id_str" : "1499218305520693249",
      "in_reply_to_screen_name" : "sunnydale_bakes"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "17",
      "id_str" : "1577690092301476338",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1577690092301476338",
      "created_at" : "Wed Oct 05 16:00:04 +0000 2022",
      "favorited" : false,
      "full_text" : "The old hardware store on Main Street went up for rent and I signed the lease before I could talk myself out of it.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1577689588604391455",
      "in_reply_to_status_id" : "1577689588604391455",
      "in_reply_to_user_id" : "1499218305520693249",
      "in_reply_to_user_id_str" : "1499218305520693249",
      "in_reply_to_screen_name" : "sunnydale_bakes"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "2",
      "id_str" : "1577689588604391455",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1577689588604391455",
      "created_at" : "Wed Oct 05 15:58:04 +0000 2022",
      "favorited" : false,
      "full_text" : "Then it was farmers markets on Saturdays, with a folding table and a cash box and not much else.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1577689083900018352",
      "in_reply_to_status_id" : "1577689083900018352",
      "in_reply_to_user_id" : "1499218305520693249",
      "in_reply_to_user_id_str" : "1499218305520693249",
      "in_reply_to_screen_name" : "sunnydale_bakes"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "7",
      "id_str" : "1577689083900018352",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1577689083900018352",
      "created_at" : "Wed Oct 05 15:56:04 +0000 2022",
      "favorited" : false,
      "full_text" : "It started with a starter. Gertrude came from my aunt's kitchen, in a jar with a rubber band, on a bus.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1577688328484379616",
      "in_reply_to_status_id" : "1577688328484379616",
      "in_reply_to_user_id" : "1499218305520693249",
      "in_reply_to_user_id_str" : "1499218305520693249",
      "in_reply_to_screen_name" : "sunnydale_bakes"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "14",
      "id_str" : "1577688938288197306",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1577688938288197306",
      "created_at" : "Wed Oct 05 15:55:29 +0000 2022",
      "favorited" : false,
      "full_text" : "Somebody asked for maple pecan sticky buns on Tuesday, so here we are. The secret is patience. And butter. Mostly butter.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "1",
      "id_str" : "1577688328484379616",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1577688328484379616",
      "created_at" : "Wed Oct 05 15:53:04 +0000 2022",
      "favorited" : false,
      "full_text" : "We've been open two years this week, so here's a little thread about how this bakery started. 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "bakingtips",
            "indices" : [
              "86",
              "97"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "2",
      "id_str" : "1577614111305439571",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1577614111305439571",
      "created_at" : "Wed Oct 05 10:58:09 +0000 2022",
      "favorited" : false,
      "full_text" : "Tip of the day: if your dough is sticky, wet your hands instead of adding more flour. #bakingtips",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "sourdough",
            "indices" : [
              "88",
              "98"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/11mfyeooP3",
            "expanded_url" : "https://sunnydalebakes.example.com/recipes/marmalade-loaf",
            "display_url" : "sunnydalebakes.example.com…",
            "indices" : [
              "64",
              "87"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "1",
      "id_str" : "1577387034402334094",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1577387034402334094",
      "created_at" : "Tue Oct 04 19:55:50 +0000 2022",
      "favorited" : false,
      "full_text" : "The recipe for our Marmalade Loaf, named after a very good cat: https://t.co/11mfyeooP3 #sourdough",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "4",
      "id_str" : "1577102932189884325",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1577102932189884325",
      "created_at" : "Tue Oct 04 01:06:54 +0000 2022",
      "favorited" : false,
      "full_text" : "Rain and wind all night, the awning survived, which makes this a fine day to stay inside and knead something.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "58"
      ],
      "favorite_count" : "5",
      "id_str" : "1577017211550743445",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1577017211550743445",
      "created_at" : "Mon Oct 03 19:26:17 +0000 2022",
      "favorited" : false,
      "full_text" : "We're out of croissants for today. More tomorrow, promise.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "11",
      "id_str" : "1576956187476973722",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1576956187476973722",
      "created_at" : "Mon Oct 03 15:23:48 +0000 2022",
      "favorited" : false,
      "full_text" : "Rosa and I have worked together for two years and have never once agreed on the right amount of salt.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "23",
      "id_str" : "1575810391225515154",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1575810391225515154",
      "created_at" : "Fri Sep 30 11:30:49 +0000 2022",
      "favorited" : false,
      "full_text" : "It's amazing how a warm roll can fix a bad day. Not everything, but a lot.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sunnydale Gazette",
            "screen_name" : "sunnydale_gazette",
            "indices" : [
              "3",
              "21"
            ],
            "id_str" : "493417691854639410",
            "id" : "493417691854639410"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "0",
      "id_str" : "1575514992091649981",
      "truncated" : false,
      "retweet_count" : "27",
      "id" : "1575514992091649981",
      "created_at" : "Thu Sep 29 15:57:00 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @sunnydale_gazette: Main Street businesses report their busiest holiday season in a decade.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "8",
      "id_str" : "1575296374795983515",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1575296374795983515",
      "created_at" : "Thu Sep 29 01:28:17 +0000 2022",
      "favorited" : false,
      "full_text" : "First frost on the windshields today, so the dough is proofing slow and I'm drinking an extra coffee.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/GyNufRSlgA",
            "expanded_url" : "https://sunnydalebakes.example.com/gazette/bakery-profile",
            "display_url" : "sunnydalebakes.example.com…",
            "indices" : [
              "58",
              "81"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "2",
      "id_str" : "1574710861739328814",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1574710861739328814",
      "created_at" : "Tue Sep 27 10:41:40 +0000 2022",
      "favorited" : false,
      "full_text" : "The Gazette did a little story about us and I'm blushing: https://t.co/GyNufRSlgA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "13"
      ],
      "favorite_count" : "2",
      "id_str" : "1574686878258101709",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1574686878258101709",
      "created_at" : "Tue Sep 27 09:06:22 +0000 2022",
      "favorited" : false,
      "full_text" : "Rainy Tuesday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Hazel's Books",
            "screen_name" : "hazels_books",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1142714035781470244",
            "id" : "1142714035781470244"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "3",
      "id_str" : "1574385752136025246",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1574385752136025246",
      "created_at" : "Mon Sep 26 13:09:48 +0000 2022",
      "favorited" : false,
      "full_text" : "@hazels_books the secret is a long cold proof and a very hot oven.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1574242305867430903",
      "in_reply_to_status_id" : "1574242305867430903",
      "in_reply_to_user_id" : "1142714035781470244",
      "in_reply_to_user_id_str" : "1142714035781470244",
      "in_reply_to_screen_name" : "hazels_books"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "10",
      "id_str" : "1574364319479147921",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1574364319479147921",
      "created_at" : "Mon Sep 26 11:44:38 +0000 2022",
      "favorited" : false,
      "full_text" : "Quarter to five. Counting trays, counting loaves, counting hours until my nap. Doors open at 7.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "0",
      "id_str" : "1574327562293412279",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1574327562293412279",
      "created_at" : "Mon Sep 26 09:18:35 +0000 2022",
      "favorited" : false,
      "full_text" : "The Harvest Fair is this weekend! Rosa is running our booth, so be nice to her. It's the best day of the year, fight me.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "shoplocal",
            "indices" : [
              "107",
              "117"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "3",
      "id_str" : "1573688406621212593",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1573688406621212593",
      "created_at" : "Sat Sep 24 14:58:48 +0000 2022",
      "favorited" : false,
      "full_text" : "Just pulled 30 loaves of lemon poppyseed loaf out of the deck oven. Slice it thick and toast it, trust me. #shoplocal",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "9"
      ],
      "favorite_count" : "5",
      "id_str" : "1572905801391023539",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1572905801391023539",
      "created_at" : "Thu Sep 22 11:09:00 +0000 2022",
      "favorited" : false,
      "full_text" : "Sold out!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "sourdough",
            "indices" : [
              "87",
              "97"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "23",
      "id_str" : "1572642844851882947",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1572642844851882947",
      "created_at" : "Wed Sep 21 17:44:07 +0000 2022",
      "favorited" : false,
      "full_text" : "Spelt loaf just came out of the oven. Bread &amp; butter, that's the whole plan for today. #sourdough",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "12"
      ],
      "favorite_count" : "4",
      "id_str" : "1572189477048316641",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1572189477048316641",
      "created_at" : "Tue Sep 20 11:42:35 +0000 2022",
      "favorited" : false,
      "full_text" : "Sticky buns.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "12"
      ],
      "favorite_count" : "6",
      "id_str" : "1572038080284666717",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1572038080284666717",
      "created_at" : "Tue Sep 20 01:41:00 +0000 2022",
      "favorited" : false,
      "full_text" : "Closed today",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "141"
      ],
      "favorite_count" : "2",
      "id_str" : "1571547035963582076",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1571547035963582076",
      "created_at" : "Sun Sep 18 17:09:45 +0000 2022",
      "favorited" : false,
      "full_text" : "4:15am. Watching the first light hit the water tower from the back door. Ovens on, radio on, coffee on. In that order. Best job in the world.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "170"
      ],
      "favorite_count" : "35",
      "id_str" : "1571505995853908358",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1571505995853908358",
      "created_at" : "Sun Sep 18 14:26:41 +0000 2022",
      "favorited" : false,
      "full_text" : "Mark your calendars: trivia night at the Grange hall is on Wednesday. Dev will be handing out free day-old bread at the end. Bring cash, the signal out there is terrible.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/mCQgi2JHYA",
            "expanded_url" : "https://sunnydalebakes.example.com/history/main-street",
            "display_url" : "sunnydalebakes.example.com…",
            "indices" : [
              "68",
              "91"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "11",
      "id_str" : "1570883224521177498",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1570883224521177498",
      "created_at" : "Fri Sep 16 21:12:00 +0000 2022",
      "favorited" : false,
      "full_text" : "Read about the history of the old hardware store building we're in: https://t.co/mCQgi2JHYA 🍞",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "5",
      "id_str" : "1570709112711472214",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1570709112711472214",
      "created_at" : "Fri Sep 16 09:40:09 +0000 2022",
      "favorited" : false,
      "full_text" : "Mr. Okafor has bought the same seeded rye every Tuesday for two years. Today he tried the spelt and I nearly dropped the tongs.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "8",
      "id_str" : "1570583394687091371",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1570583394687091371",
      "created_at" : "Fri Sep 16 01:20:35 +0000 2022",
      "favorited" : false,
      "full_text" : "3:40am. Just me, the mixer and a very sleepy Biscuit. Good morning, Sunnydale.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "0",
      "id_str" : "1570580841398591522",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1570580841398591522",
      "created_at" : "Fri Sep 16 01:10:27 +0000 2022",
      "favorited" : false,
      "full_text" : "Reorganized the spice shelf. It will be chaos again by Friday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lou",
            "screen_name" : "lou_tomatoes",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "114463376364279016",
            "id" : "114463376364279016"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "15",
      "id_str" : "1570415878371566202",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1570415878371566202",
      "created_at" : "Thu Sep 15 14:14:56 +0000 2022",
      "favorited" : false,
      "full_text" : "@lou_tomatoes we'd love to! Send us a message with the date and how many people.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1570276711079679375",
      "in_reply_to_status_id" : "1570276711079679375",
      "in_reply_to_user_id" : "114463376364279016",
      "in_reply_to_user_id_str" : "114463376364279016",
      "in_reply_to_screen_name" : "lou_tomatoes"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Dan at Station 7",
            "screen_name" : "dan_firehouse7",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "348476591988949195",
            "id" : "348476591988949195"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "20"
      ],
      "favorite_count" : "3",
      "id_str" : "1570010526813981092",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1570010526813981092",
      "created_at" : "Wed Sep 14 11:24:13 +0000 2022",
      "favorited" : false,
      "full_text" : "@dan_firehouse7 ❤️❤️",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1569958934422544554",
      "in_reply_to_status_id" : "1569958934422544554",
      "in_reply_to_user_id" : "348476591988949195",
      "in_reply_to_user_id_str" : "348476591988949195",
      "in_reply_to_screen_name" : "dan_firehouse7"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/kwFAaBakyp",
            "expanded_url" : "https://sunnydalebakes.example.com/orders",
            "display_url" : "sunnydalebakes.example.com…",
            "indices" : [
              "45",
              "68"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "1",
      "id_str" : "1569991187017588874",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1569991187017588874",
      "created_at" : "Wed Sep 14 10:07:22 +0000 2022",
      "favorited" : false,
      "full_text" : "Theo made us a little website for pre-orders https://t.co/kwFAaBakyp and I'm very impressed with him. https://t.co/kwFAaBakyp Enjoy!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "7",
      "id_str" : "1569651023321202415",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1569651023321202415",
      "created_at" : "Tue Sep 13 11:35:41 +0000 2022",
      "favorited" : false,
      "full_text" : "Someone left a thank-you note under the door saying our focaccia got them through finals week. I'm not crying, it's the onions.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "sourdough",
            "indices" : [
              "103",
              "113"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "14",
      "id_str" : "1569412359026540931",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1569412359026540931",
      "created_at" : "Mon Sep 12 19:47:19 +0000 2022",
      "favorited" : false,
      "full_text" : "Lemon poppyseed loaf and morning buns on the counter right now. Come early, there are only 40 of them. #sourdough",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "5",
      "id_str" : "1569076054571321711",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1569076054571321711",
      "created_at" : "Sun Sep 11 21:30:58 +0000 2022",
      "favorited" : false,
      "full_text" : "Foggy morning down by the river, which means soup and bread season is here, and I'm thrilled. We made extra cranberry walnut loaf.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "0",
      "id_str" : "1568931648923958938",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1568931648923958938",
      "created_at" : "Sun Sep 11 11:57:09 +0000 2022",
      "favorited" : false,
      "full_text" : "Had a couple get engaged at the window table this morning. He hid the ring in a napkin, not a pastry, thank goodness.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "smalltown",
            "indices" : [
              "100",
              "110"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "0",
      "id_str" : "1568676291986360071",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1568676291986360071",
      "created_at" : "Sat Sep 10 19:02:27 +0000 2022",
      "favorited" : false,
      "full_text" : "First tray of pear and ginger scones is out. Made with local eggs and a little too much enthusiasm. #smalltown",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "16"
      ],
      "favorite_count" : "4",
      "id_str" : "1568404303564893540",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1568404303564893540",
      "created_at" : "Sat Sep 10 01:01:40 +0000 2022",
      "favorited" : false,
      "full_text" : "Sold out again 🙏",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lou",
            "screen_name" : "lou_tomatoes",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "114463376364279016",
            "id" : "114463376364279016"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "16",
      "id_str" : "1568327847893192191",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1568327847893192191",
      "created_at" : "Fri Sep 09 19:57:51 +0000 2022",
      "favorited" : false,
      "full_text" : "@lou_tomatoes thanks friend",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1568250085041968701",
      "in_reply_to_status_id" : "1568250085041968701",
      "in_reply_to_user_id" : "114463376364279016",
      "in_reply_to_user_id_str" : "114463376364279016",
      "in_reply_to_screen_name" : "lou_tomatoes"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "150"
      ],
      "favorite_count" : "1",
      "id_str" : "1568018659837115633",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1568018659837115633",
      "created_at" : "Thu Sep 08 23:29:15 +0000 2022",
      "favorited" : false,
      "full_text" : "Quarter to five. The owls on Elm Street are very chatty today. First batch of dough is resting and so am I, for five minutes. Good morning, Sunnydale.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "2",
      "id_str" : "1567597681077074958",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1567597681077074958",
      "created_at" : "Wed Sep 07 19:36:26 +0000 2022",
      "favorited" : false,
      "full_text" : "A regular left a note on the counter that just said 'the rye &lt;3'. Framing it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "3",
      "id_str" : "1567503459161716555",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1567503459161716555",
      "created_at" : "Wed Sep 07 13:22:02 +0000 2022",
      "favorited" : false,
      "full_text" : "4:15am. The mixer made a new noise and we are choosing to ignore it. Long day ahead, good day ahead.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "sunnydale",
            "indices" : [
              "126",
              "136"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "5",
      "id_str" : "1567470877612540512",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1567470877612540512",
      "created_at" : "Wed Sep 07 11:12:34 +0000 2022",
      "favorited" : false,
      "full_text" : "The fire station pancake breakfast is on Sunday morning! Proceeds from every brioche we sell that day go to the library fund. #sunnydale",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "10",
      "id_str" : "1567329269947846377",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1567329269947846377",
      "created_at" : "Wed Sep 07 01:49:52 +0000 2022",
      "favorited" : false,
      "full_text" : "Gertrude is being extremely dramatic about the humidity. Please do not ask how much flour she eats.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "5",
      "id_str" : "1567098533827524555",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1567098533827524555",
      "created_at" : "Tue Sep 06 10:33:00 +0000 2022",
      "favorited" : false,
      "full_text" : "Spelt loaf just came out of the oven. Bread &amp; butter, that's the whole plan for today. 🥐",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "1",
      "id_str" : "1566368347077285833",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1566368347077285833",
      "created_at" : "Sun Sep 04 10:11:30 +0000 2022",
      "favorited" : false,
      "full_text" : "A loaf of bread is a small thing but it's a good thing to make well.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "13",
      "id_str" : "1566357315563392253",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1566357315563392253",
      "created_at" : "Sun Sep 04 09:27:40 +0000 2022",
      "favorited" : false,
      "full_text" : "Quick tip: a pinch of salt in anything sweet. Trust me on this one.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sunnydale Otters",
            "screen_name" : "otters_baseball",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "171172468709992534",
            "id" : "171172468709992534"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "6",
      "id_str" : "1566028128319629304",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1566028128319629304",
      "created_at" : "Sat Sep 03 11:39:35 +0000 2022",
      "favorited" : false,
      "full_text" : "@otters_baseball yes! We make it every Friday, sometimes Saturday if we're feeling wild.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1565901543775006936",
      "in_reply_to_status_id" : "1565901543775006936",
      "in_reply_to_user_id" : "171172468709992534",
      "in_reply_to_user_id_str" : "171172468709992534",
      "in_reply_to_screen_name" : "otters_baseball"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "144"
      ],
      "favorite_count" : "2",
      "id_str" : "1565306411482080714",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1565306411482080714",
      "created_at" : "Thu Sep 01 11:51:45 +0000 2022",
      "favorited" : false,
      "full_text" : "The English muffins got an extra hour in the fridge overnight and it shows. Made with local eggs and a little too much enthusiasm. ☕️ is on too.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/CXmwcRGywc",
            "expanded_url" : "https://sunnydalebakes.example.com/blog/lamination",
            "display_url" : "sunnydalebakes.example.com…",
            "indices" : [
              "62",
              "85"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "25",
      "id_str" : "1564760825944538728",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1564760825944538728",
      "created_at" : "Tue Aug 30 23:43:47 +0000 2022",
      "favorited" : false,
      "full_text" : "How we laminate croissant dough, step by step, with pictures: https://t.co/CXmwcRGywc Thank you!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "5",
      "id_str" : "1564182186223654192",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1564182186223654192",
      "created_at" : "Mon Aug 29 09:24:28 +0000 2022",
      "favorited" : false,
      "full_text" : "Somebody asked if our croissants are made with real butter. Reader, they are more butter than croissant.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "12"
      ],
      "favorite_count" : "4",
      "id_str" : "1563486359798029030",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1563486359798029030",
      "created_at" : "Sat Aug 27 11:19:31 +0000 2022",
      "favorited" : false,
      "full_text" : "Good morning",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Kwame",
            "screen_name" : "kwame_runs",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1065492510036225173",
            "id" : "1065492510036225173"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "1",
      "id_str" : "1563304097576309683",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1563304097576309683",
      "created_at" : "Fri Aug 26 23:15:16 +0000 2022",
      "favorited" : false,
      "full_text" : "@kwame_runs sorry about that, we sold out early. Call ahead next time and we'll hold one for you.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1563220546097785096",
      "in_reply_to_status_id" : "1563220546097785096",
      "in_reply_to_user_id" : "1065492510036225173",
      "in_reply_to_user_id_str" : "1065492510036225173",
      "in_reply_to_screen_name" : "kwame_runs"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "sourdough",
            "indices" : [
              "0",
              "10"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "10"
      ],
      "favorite_count" : "14",
      "id_str" : "1562617319799449163",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1562617319799449163",
      "created_at" : "Thu Aug 25 01:46:15 +0000 2022",
      "favorited" : false,
      "full_text" : "#sourdough",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "8",
      "id_str" : "1562408506047902493",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1562408506047902493",
      "created_at" : "Wed Aug 24 11:56:30 +0000 2022",
      "favorited" : false,
      "full_text" : "Home baker tip: feed your starter the night before you bake, not the morning of. Happy baking!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "189"
      ],
      "favorite_count" : "14",
      "id_str" : "1562365253786693036",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1562365253786693036",
      "created_at" : "Wed Aug 24 09:04:38 +0000 2022",
      "favorited" : false,
      "full_text" : "Mark your calendars: the fire station pancake breakfast is on Sunday morning. We'll have a table with sweet corn muffins and everything bagels. Bring cash, the signal out there is terrible.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sunnydale Public Library",
            "screen_name" : "sdale_library",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "673903061079703718",
            "id" : "673903061079703718"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "0",
      "id_str" : "1561673535630908028",
      "truncated" : false,
      "retweet_count" : "39",
      "id" : "1561673535630908028",
      "created_at" : "Mon Aug 22 11:16:00 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @sdale_library: Our new seed library is open. Borrow tomato seeds, return them in the fall.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "sourdough",
            "indices" : [
              "69",
              "79"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "25",
      "id_str" : "1560915321824800119",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1560915321824800119",
      "created_at" : "Sat Aug 20 09:03:07 +0000 2022",
      "favorited" : false,
      "full_text" : "Quick tip: a little honey in a sandwich loaf keeps it soft for days. #sourdough",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "14",
      "id_str" : "1560688025838209392",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1560688025838209392",
      "created_at" : "Fri Aug 19 17:59:56 +0000 2022",
      "favorited" : false,
      "full_text" : "Free advice: if your crust is too hard, brush the loaf with butter right out of the oven. You're welcome.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sunnydale Gazette",
            "screen_name" : "sunnydale_gazette",
            "indices" : [
              "3",
              "21"
            ],
            "id_str" : "493417691854639410",
            "id" : "493417691854639410"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "0",
      "id_str" : "1560635079864003164",
      "truncated" : false,
      "retweet_count" : "34",
      "id" : "1560635079864003164",
      "created_at" : "Fri Aug 19 14:29:32 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @sunnydale_gazette: Main Street repaving starts Monday. Businesses remain open, use the back lot behind the library.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "2",
      "id_str" : "1560322778930199145",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1560322778930199145",
      "created_at" : "Thu Aug 18 17:48:34 +0000 2022",
      "favorited" : false,
      "full_text" : "Big orange sunrise over the river this morning, so iced coffee is half price until noon.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "sourdough",
            "indices" : [
              "78",
              "88"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/qKgPU4RvYC",
            "expanded_url" : "https://sunnydalebakes.example.com/gazette/pie-contest",
            "display_url" : "sunnydalebakes.example.com…",
            "indices" : [
              "54",
              "77"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "11",
      "id_str" : "1559710357744897028",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1559710357744897028",
      "created_at" : "Wed Aug 17 01:15:01 +0000 2022",
      "favorited" : false,
      "full_text" : "If you missed the pie contest results, here they are: https://t.co/qKgPU4RvYC #sourdough",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "9",
      "id_str" : "1559510385568530341",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1559510385568530341",
      "created_at" : "Tue Aug 16 12:00:24 +0000 2022",
      "favorited" : false,
      "full_text" : "Quarter to five. Counting trays, counting loaves, counting hours until my nap. See you in a few hours.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "14"
      ],
      "favorite_count" : "14",
      "id_str" : "1559188780824643008",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1559188780824643008",
      "created_at" : "Mon Aug 15 14:42:28 +0000 2022",
      "favorited" : false,
      "full_text" : "Peach season 🍑",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "25",
      "id_str" : "1558782934382764615",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1558782934382764615",
      "created_at" : "Sun Aug 14 11:49:47 +0000 2022",
      "favorited" : false,
      "full_text" : "On the shelf this Sunday:\n- chocolate babka\n- multigrain boule\n- milk bread\n- English muffins\n\nOpen at 7.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "0",
      "id_str" : "1558754382766051247",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1558754382766051247",
      "created_at" : "Sun Aug 14 09:56:19 +0000 2022",
      "favorited" : false,
      "full_text" : "A visitor from Tel Aviv wrote בתיאבון on our chalkboard. It means enjoy your meal, and we're keeping it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "3",
      "id_str" : "1558509257782354725",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1558509257782354725",
      "created_at" : "Sat Aug 13 17:42:17 +0000 2022",
      "favorited" : false,
      "full_text" : "Hazy, hot and sticky, so the dough is rising faster than we can shape it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "12",
      "id_str" : "1558138902810571668",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1558138902810571668",
      "created_at" : "Fri Aug 12 17:10:37 +0000 2022",
      "favorited" : false,
      "full_text" : "It's going to hit 95 degrees today, and Theo still showed up on his bike. Hero.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Priya",
            "screen_name" : "priya_cooks",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "543425549010116242",
            "id" : "543425549010116242"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "0",
      "id_str" : "1557028203795247930",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1557028203795247930",
      "created_at" : "Tue Aug 09 15:37:06 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @priya_cooks: Made bread pudding with a day-old loaf from Sunnydale Bakes and my family fought over it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/WZXSETlsxY",
            "expanded_url" : "https://sunnydalebakes.example.com/orders",
            "display_url" : "sunnydalebakes.example.com…",
            "indices" : [
              "45",
              "68"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "5",
      "id_str" : "1556955922212891256",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1556955922212891256",
      "created_at" : "Tue Aug 09 10:49:53 +0000 2022",
      "favorited" : false,
      "full_text" : "Theo made us a little website for pre-orders https://t.co/WZXSETlsxY and I'm very impressed with him. https://t.co/WZXSETlsxY Thank you!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "3",
      "id_str" : "1556595232505641182",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1556595232505641182",
      "created_at" : "Mon Aug 08 10:56:38 +0000 2022",
      "favorited" : false,
      "full_text" : "Zucchini bread and blueberry muffins on the counter right now. Salt &amp; pepper on top, trust the process.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "146"
      ],
      "favorite_count" : "5",
      "id_str" : "1556278340845737731",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1556278340845737731",
      "created_at" : "Sun Aug 07 13:57:25 +0000 2022",
      "favorited" : false,
      "full_text" : "It's going to hit 95 degrees today, so we're baking early and closing the oven doors by ten. Come cool off with an iced coffee and peach galettes.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "9",
      "id_str" : "1556235576517018733",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1556235576517018733",
      "created_at" : "Sun Aug 07 11:07:29 +0000 2022",
      "favorited" : false,
      "full_text" : "Free advice: salt goes in later than you think with sourdough. Let the flour and water rest first. You're welcome.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "15",
      "id_str" : "1555934385417087976",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1555934385417087976",
      "created_at" : "Sat Aug 06 15:10:40 +0000 2022",
      "favorited" : false,
      "full_text" : "A little boy told me his dad makes better bread than us. His dad was standing right there, looking very proud and very embarrassed.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/GvrLEHrg1E",
            "expanded_url" : "https://sunnydalebakes.example.com/gazette/pie-tragedy",
            "display_url" : "sunnydalebakes.example.com…",
            "indices" : [
              "0",
              "23"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "7",
      "id_str" : "1555630278658537733",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1555630278658537733",
      "created_at" : "Fri Aug 05 19:02:15 +0000 2022",
      "favorited" : false,
      "full_text" : "https://t.co/GvrLEHrg1E is where the Gazette wrote about our pie contest entry &amp; its tragic ending. https://t.co/GvrLEHrg1E",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "5",
      "id_str" : "1555494014897689054",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1555494014897689054",
      "created_at" : "Fri Aug 05 10:00:47 +0000 2022",
      "favorited" : false,
      "full_text" : "We made a double batch of sesame semolina loaf this morning. Ask for the end piece, it's the best part. 🍞",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "3",
      "id_str" : "1555185496521141219",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1555185496521141219",
      "created_at" : "Thu Aug 04 13:34:50 +0000 2022",
      "favorited" : false,
      "full_text" : "Quick tip: when in doubt, bake it a little longer. Pale bread is sad bread.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "8",
      "id_str" : "1554876763231690190",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1554876763231690190",
      "created_at" : "Wed Aug 03 17:08:03 +0000 2022",
      "favorited" : false,
      "full_text" : "Rosa talked me into making English muffins again. Salt &amp; pepper on top, trust the process. Door's open at 7.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "17",
      "id_str" : "1554773601548791621",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1554773601548791621",
      "created_at" : "Wed Aug 03 10:18:07 +0000 2022",
      "favorited" : false,
      "full_text" : "It's going to hit 95 degrees today, so iced coffee is half price until noon.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "sourdough",
            "indices" : [
              "104",
              "114"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "0",
      "id_str" : "1554769448654002786",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1554769448654002786",
      "created_at" : "Wed Aug 03 10:01:37 +0000 2022",
      "favorited" : false,
      "full_text" : "Rosa talked me into making caraway rye again. They'll be gone by ten if last week is anything to go by. #sourdough",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "bakerylife",
            "indices" : [
              "117",
              "128"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "3",
      "id_str" : "1554073587606792030",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1554073587606792030",
      "created_at" : "Mon Aug 01 11:56:31 +0000 2022",
      "favorited" : false,
      "full_text" : "Our lemon poppyseed loaf came out a little darker than usual. Made with local eggs and a little too much enthusiasm. #bakerylife",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "15",
      "id_str" : "1553671640645560697",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1553671640645560697",
      "created_at" : "Sun Jul 31 09:19:19 +0000 2022",
      "favorited" : false,
      "full_text" : "Finally a cool breeze coming off the river, so we're baking early and closing the oven doors by ten.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "4",
      "id_str" : "1553405700113210097",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1553405700113210097",
      "created_at" : "Sat Jul 30 15:42:34 +0000 2022",
      "favorited" : false,
      "full_text" : "Price update: a few items are going up by 25 cents because flour and butter went up. We held off as long as we could.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "19",
      "id_str" : "1553331340307222983",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1553331340307222983",
      "created_at" : "Sat Jul 30 10:47:05 +0000 2022",
      "favorited" : false,
      "full_text" : "5am. Theo's alarm didn't go off, so it's a two-person show this morning. Best job in the world.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sunnydale Otters",
            "screen_name" : "otters_baseball",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "171172468709992534",
            "id" : "171172468709992534"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "33",
      "id_str" : "1553323396527258206",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1553323396527258206",
      "created_at" : "Sat Jul 30 10:15:31 +0000 2022",
      "favorited" : false,
      "full_text" : "@otters_baseball Rosa made that one, I'll pass on the compliment.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1553270294251649719",
      "in_reply_to_status_id" : "1553270294251649719",
      "in_reply_to_user_id" : "171172468709992534",
      "in_reply_to_user_id_str" : "171172468709992534",
      "in_reply_to_screen_name" : "otters_baseball"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "8",
      "id_str" : "1553036846692839456",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1553036846692839456",
      "created_at" : "Fri Jul 29 15:16:52 +0000 2022",
      "favorited" : false,
      "full_text" : "It's going to hit 95 degrees today, so we're baking early and closing the oven doors by ten.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "148"
      ],
      "favorite_count" : "15",
      "id_str" : "1552982449904190562",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1552982449904190562",
      "created_at" : "Fri Jul 29 11:40:43 +0000 2022",
      "favorited" : false,
      "full_text" : "Somebody asked for lemon poppyseed loaf on Tuesday, so here we are. Listen closely and you can hear the crust crackle as it cools. Door's open at 7.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "3",
      "id_str" : "1552965310357351661",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1552965310357351661",
      "created_at" : "Fri Jul 29 10:32:37 +0000 2022",
      "favorited" : false,
      "full_text" : "Had a customer pay for the next three people's coffee this morning. Sunnydale, you're good people.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "11",
      "id_str" : "1552627887839584054",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1552627887839584054",
      "created_at" : "Thu Jul 28 12:11:49 +0000 2022",
      "favorited" : false,
      "full_text" : "Someone brought their grandma in for her first visit and she told me my crust was 'respectable'. I'll take it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "6",
      "id_str" : "1552380941340914407",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1552380941340914407",
      "created_at" : "Wed Jul 27 19:50:32 +0000 2022",
      "favorited" : false,
      "full_text" : "Someone asked if we deliver to the next county. We don't, but I admire the commitment.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "1",
      "id_str" : "1551373165110853884",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1551373165110853884",
      "created_at" : "Mon Jul 25 01:06:00 +0000 2022",
      "favorited" : false,
      "full_text" : "Humid enough that the dough rises before I can turn around, so iced coffee is half price until noon.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "17",
      "id_str" : "1551291608372660191",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1551291608372660191",
      "created_at" : "Sun Jul 24 19:41:55 +0000 2022",
      "favorited" : false,
      "full_text" : "The crossing guard from the elementary school gets her coffee here every morning. She has a better memory for orders than I do.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "8",
      "id_str" : "1551141957879128640",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1551141957879128640",
      "created_at" : "Sun Jul 24 09:47:16 +0000 2022",
      "favorited" : false,
      "full_text" : "There's no such thing as too much butter. There is such a thing as not enough napkins.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "The Finches",
            "screen_name" : "the_finch_fam",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "833867734205115520",
            "id" : "833867734205115520"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "4",
      "id_str" : "1550832629747681977",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1550832629747681977",
      "created_at" : "Sat Jul 23 13:18:06 +0000 2022",
      "favorited" : false,
      "full_text" : "@the_finch_fam yes! We make it every Friday, sometimes Saturday if we're feeling wild.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1550791106332602134",
      "in_reply_to_status_id" : "1550791106332602134",
      "in_reply_to_user_id" : "833867734205115520",
      "in_reply_to_user_id_str" : "833867734205115520",
      "in_reply_to_screen_name" : "the_finch_fam"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "185"
      ],
      "favorite_count" : "0",
      "id_str" : "1550801545087824465",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1550801545087824465",
      "created_at" : "Sat Jul 23 11:14:35 +0000 2022",
      "favorited" : false,
      "full_text" : "Quarter to five. Dev brought donuts from the gas station as a joke. We ate them. Don't tell anyone. The delivery truck from Millpond Farm just pulled up with the flour. Doors open at 7.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "62",
      "id_str" : "1550656348714413732",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1550656348714413732",
      "created_at" : "Sat Jul 23 01:37:37 +0000 2022",
      "favorited" : false,
      "full_text" : "Our oldest regular turned 94 today. She got a candle in her cinnamon roll and the whole shop sang.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "sunnydale",
            "indices" : [
              "131",
              "141"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "141"
      ],
      "favorite_count" : "34",
      "id_str" : "1550425000365304129",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1550425000365304129",
      "created_at" : "Fri Jul 22 10:18:20 +0000 2022",
      "favorited" : false,
      "full_text" : "Don't forget, story hour at the library is on Thursday. Stop by the shop on your way for a coffee and olive and rosemary focaccia. #sunnydale",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "2",
      "id_str" : "1549763952157671296",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1549763952157671296",
      "created_at" : "Wed Jul 20 14:31:34 +0000 2022",
      "favorited" : false,
      "full_text" : "Pretzel rolls just came out of the oven. Crunchy outside &amp; soft inside, the way it should be.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "6",
      "id_str" : "1549721593378095227",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1549721593378095227",
      "created_at" : "Wed Jul 20 11:43:14 +0000 2022",
      "favorited" : false,
      "full_text" : "New apron day is the best day.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Mabel",
            "screen_name" : "mabel_knits",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "294566335190633490",
            "id" : "294566335190633490"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "22"
      ],
      "favorite_count" : "8",
      "id_str" : "1549707859446504298",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1549707859446504298",
      "created_at" : "Wed Jul 20 10:48:40 +0000 2022",
      "favorited" : false,
      "full_text" : "@mabel_knits good call",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1549595118009521039",
      "in_reply_to_status_id" : "1549595118009521039",
      "in_reply_to_user_id" : "294566335190633490",
      "in_reply_to_user_id_str" : "294566335190633490",
      "in_reply_to_screen_name" : "mabel_knits"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "9",
      "id_str" : "1549568047991067036",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1549568047991067036",
      "created_at" : "Wed Jul 20 01:33:06 +0000 2022",
      "favorited" : false,
      "full_text" : "We'll be closed Sunday so the staff can go to the county fair. Everybody deserves a day off.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "12",
      "id_str" : "1549540236865393903",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1549540236865393903",
      "created_at" : "Tue Jul 19 23:42:36 +0000 2022",
      "favorited" : false,
      "full_text" : "Love seeing the same faces every morning. This town is something special.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "9",
      "id_str" : "1549538280971680454",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1549538280971680454",
      "created_at" : "Tue Jul 19 23:34:49 +0000 2022",
      "favorited" : false,
      "full_text" : "Home baker tip: proof your dough in a clear container with a rubber band to mark where it started.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "4",
      "id_str" : "1549411315729544717",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1549411315729544717",
      "created_at" : "Tue Jul 19 15:10:18 +0000 2022",
      "favorited" : false,
      "full_text" : "Story hour at the library is on Thursday! Look for the yellow tent and the smell of honey oat sandwich loaf. Can't wait.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "2",
      "id_str" : "1548755475797114408",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1548755475797114408",
      "created_at" : "Sun Jul 17 19:44:14 +0000 2022",
      "favorited" : false,
      "full_text" : "Someone returned a bread knife they borrowed in 2022. Better late than never.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "6",
      "id_str" : "1548627219791315742",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1548627219791315742",
      "created_at" : "Sun Jul 17 11:14:35 +0000 2022",
      "favorited" : false,
      "full_text" : "We made a double batch of soda bread this morning. Ask for the end piece, it's the best part.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "147"
      ],
      "favorite_count" : "1",
      "id_str" : "1548595699236117629",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1548595699236117629",
      "created_at" : "Sun Jul 17 09:09:20 +0000 2022",
      "favorited" : false,
      "full_text" : "Quarter to five. Just me, the mixer and a very sleepy Biscuit. Counting trays, counting loaves, counting hours until my nap. Best job in the world.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "sunnydale",
            "indices" : [
              "97",
              "107"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "21",
      "id_str" : "1548476963493130812",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1548476963493130812",
      "created_at" : "Sun Jul 17 01:17:32 +0000 2022",
      "favorited" : false,
      "full_text" : "Movie night on the town green is this Friday! We'll be open extra early for anyone heading over. #sunnydale",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "2",
      "id_str" : "1548246006006357914",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1548246006006357914",
      "created_at" : "Sat Jul 16 09:59:47 +0000 2022",
      "favorited" : false,
      "full_text" : "The best part of my day is the first bite of the heel of a fresh loaf. Don't @ me.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "12",
      "id_str" : "1546999826942851472",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1546999826942851472",
      "created_at" : "Tue Jul 12 23:27:55 +0000 2022",
      "favorited" : false,
      "full_text" : "On the shelf this Tuesday:\n- blueberry hand pies\n- milk bread\n- multigrain boule\n- cheddar chive scones\n\nOpen at 7.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sunnydale Otters",
            "screen_name" : "otters_baseball",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "171172468709992534",
            "id" : "171172468709992534"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "0",
      "id_str" : "1546482987236555903",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1546482987236555903",
      "created_at" : "Mon Jul 11 13:14:11 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @otters_baseball: Thanks to Sunnydale Bakes for feeding the whole team after practice!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ellie",
            "screen_name" : "ellie_bee",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "337325142763604624",
            "id" : "337325142763604624"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "0",
      "id_str" : "1546459347899287051",
      "truncated" : false,
      "retweet_count" : "16",
      "id" : "1546459347899287051",
      "created_at" : "Mon Jul 11 11:40:15 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @ellie_bee: Sunnydale Bakes remembered my order after one visit. Small towns are magic.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lou",
            "screen_name" : "lou_tomatoes",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "114463376364279016",
            "id" : "114463376364279016"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "8",
      "id_str" : "1546119562159301269",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1546119562159301269",
      "created_at" : "Sun Jul 10 13:10:03 +0000 2022",
      "favorited" : false,
      "full_text" : "@lou_tomatoes that's so kind of you, it made the whole crew smile.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1546008831019723675",
      "in_reply_to_status_id" : "1546008831019723675",
      "in_reply_to_user_id" : "114463376364279016",
      "in_reply_to_user_id_str" : "114463376364279016",
      "in_reply_to_screen_name" : "lou_tomatoes"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "smalltown",
            "indices" : [
              "93",
              "103"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "13",
      "id_str" : "1546090801843164868",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1546090801843164868",
      "created_at" : "Sun Jul 10 11:15:46 +0000 2022",
      "favorited" : false,
      "full_text" : "First tray of blueberry hand pies is out. Crust is crackling, crumb is open, I'm very proud. #smalltown",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "161"
      ],
      "favorite_count" : "5",
      "id_str" : "1545546344647569079",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1545546344647569079",
      "created_at" : "Fri Jul 08 23:12:18 +0000 2022",
      "favorited" : false,
      "full_text" : "3:40am. The delivery truck from Millpond Farm just pulled up with the flour. Counting trays, counting loaves, counting hours until my nap. Best job in the world.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "The Finches",
            "screen_name" : "the_finch_fam",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "833867734205115520",
            "id" : "833867734205115520"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "19"
      ],
      "favorite_count" : "3",
      "id_str" : "1544854943871544772",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1544854943871544772",
      "created_at" : "Thu Jul 07 01:24:55 +0000 2022",
      "favorited" : false,
      "full_text" : "@the_finch_fam ❤️❤️",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1544707976169242911",
      "in_reply_to_status_id" : "1544707976169242911",
      "in_reply_to_user_id" : "833867734205115520",
      "in_reply_to_user_id_str" : "833867734205115520",
      "in_reply_to_screen_name" : "the_finch_fam"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "12"
      ],
      "favorite_count" : "2",
      "id_str" : "1544825162236131727",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1544825162236131727",
      "created_at" : "Wed Jul 06 23:26:34 +0000 2022",
      "favorited" : false,
      "full_text" : "Brb, napping",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "smalltown",
            "indices" : [
              "87",
              "97"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "27",
      "id_str" : "1544730790654781756",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1544730790654781756",
      "created_at" : "Wed Jul 06 17:11:34 +0000 2022",
      "favorited" : false,
      "full_text" : "Just pulled 12 loaves of zucchini bread out of the deck oven. Still warm if you hurry. #smalltown",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "5",
      "id_str" : "1544650690817326540",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1544650690817326540",
      "created_at" : "Wed Jul 06 11:53:17 +0000 2022",
      "favorited" : false,
      "full_text" : "Reminder: the high school jazz band concert is Friday night. Proceeds from every blueberry muffins we sell that day go to the library fund.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "bakerylife",
            "indices" : [
              "109",
              "120"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "1",
      "id_str" : "1544642959156656546",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1544642959156656546",
      "created_at" : "Wed Jul 06 11:22:34 +0000 2022",
      "favorited" : false,
      "full_text" : "Rosa talked me into making olive and rosemary focaccia again. We'll put one aside for you if you call ahead. #bakerylife",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Hazel's Books",
            "screen_name" : "hazels_books",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1142714035781470244",
            "id" : "1142714035781470244"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "0",
      "id_str" : "1544437259759228817",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1544437259759228817",
      "created_at" : "Tue Jul 05 21:45:11 +0000 2022",
      "favorited" : false,
      "full_text" : "@hazels_books that's the nicest review we've ever gotten, thank you.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1544294820889921612",
      "in_reply_to_status_id" : "1544294820889921612",
      "in_reply_to_user_id" : "1142714035781470244",
      "in_reply_to_user_id_str" : "1142714035781470244",
      "in_reply_to_screen_name" : "hazels_books"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "11",
      "id_str" : "1544261688512687260",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1544261688512687260",
      "created_at" : "Tue Jul 05 10:07:32 +0000 2022",
      "favorited" : false,
      "full_text" : "New on the menu this week: croissants. The secret is patience. And butter. Mostly butter. ☕️ is on too.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rosa M.",
            "screen_name" : "rosa_bakes",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "929098462220918293",
            "id" : "929098462220918293"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "0",
      "id_str" : "1544013125715102925",
      "truncated" : false,
      "retweet_count" : "28",
      "id" : "1544013125715102925",
      "created_at" : "Mon Jul 04 17:39:50 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @rosa_bakes: Best part of working at a bakery: the end pieces. Worst part: 4am.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/aeArl8kHs0",
            "expanded_url" : "https://sunnydalebakes.example.com/jobs/morning-baker",
            "display_url" : "sunnydalebakes.example.com…",
            "indices" : [
              "45",
              "68"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "0",
      "id_str" : "1543933823139433773",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1543933823139433773",
      "created_at" : "Mon Jul 04 12:24:42 +0000 2022",
      "favorited" : false,
      "full_text" : "Our job posting for a morning baker is here: https://t.co/aeArl8kHs0 🍞",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "4",
      "id_str" : "1543014517076533124",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1543014517076533124",
      "created_at" : "Fri Jul 01 23:31:43 +0000 2022",
      "favorited" : false,
      "full_text" : "The high school cross country team came in after practice and cleared out every muffin in four minutes flat.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "157"
      ],
      "favorite_count" : "11",
      "id_str" : "1542819641981086871",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1542819641981086871",
      "created_at" : "Fri Jul 01 10:37:21 +0000 2022",
      "favorited" : false,
      "full_text" : "Don't forget, the farmers market is this Saturday, 8 to noon. Dev will be handing out free day-old bread at the end. It's the best day of the year, fight me.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "6",
      "id_str" : "1542471685802937677",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1542471685802937677",
      "created_at" : "Thu Jun 30 11:34:42 +0000 2022",
      "favorited" : false,
      "full_text" : "5am. Rosa is already here and she's humming. Counting trays, counting loaves, counting hours until my nap. ☕️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "17",
      "id_str" : "1542263414113466305",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1542263414113466305",
      "created_at" : "Wed Jun 29 21:47:06 +0000 2022",
      "favorited" : false,
      "full_text" : "Finally a cool breeze coming off the river, so the dough is rising faster than we can shape it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "12"
      ],
      "favorite_count" : "9",
      "id_str" : "1542205614236724537",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1542205614236724537",
      "created_at" : "Wed Jun 29 17:57:25 +0000 2022",
      "favorited" : false,
      "full_text" : "Thank you ❤️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "145"
      ],
      "favorite_count" : "8",
      "id_str" : "1542172604800221001",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1542172604800221001",
      "created_at" : "Wed Jun 29 15:46:15 +0000 2022",
      "favorited" : false,
      "full_text" : "Beautiful clear morning, not a cloud over the water tower, and the butter for the croissants lives in the walk-in until the last possible second.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "4",
      "id_str" : "1542120464227562075",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1542120464227562075",
      "created_at" : "Wed Jun 29 12:19:04 +0000 2022",
      "favorited" : false,
      "full_text" : "Don't forget, the Fourth of July parade is on Tuesday. Dev will be handing out free day-old bread at the end.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "sourdough",
            "indices" : [
              "67",
              "77"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/CRgAfsjtji",
            "expanded_url" : "https://sunnydalebakes.example.com/classes/kids",
            "display_url" : "sunnydalebakes.example.com…",
            "indices" : [
              "43",
              "66"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "19",
      "id_str" : "1542071847033286534",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1542071847033286534",
      "created_at" : "Wed Jun 29 09:05:53 +0000 2022",
      "favorited" : false,
      "full_text" : "Sign up for our bread class for kids here: https://t.co/CRgAfsjtji #sourdough",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "bakerylife",
            "indices" : [
              "73",
              "84"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "21",
      "id_str" : "1541374196647538837",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1541374196647538837",
      "created_at" : "Mon Jun 27 10:53:40 +0000 2022",
      "favorited" : false,
      "full_text" : "First tray of brioche is out. Ask for the end piece, it's the best part. #bakerylife",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Mabel",
            "screen_name" : "mabel_knits",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "294566335190633490",
            "id" : "294566335190633490"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "0",
      "id_str" : "1541076877985852138",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1541076877985852138",
      "created_at" : "Sun Jun 26 15:12:14 +0000 2022",
      "favorited" : false,
      "full_text" : "@mabel_knits it freezes really well, just wrap it tight and toast it from frozen.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1541043658410323030",
      "in_reply_to_status_id" : "1541043658410323030",
      "in_reply_to_user_id" : "294566335190633490",
      "in_reply_to_user_id_str" : "294566335190633490",
      "in_reply_to_screen_name" : "mabel_knits"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "7",
      "id_str" : "1540704308186347536",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1540704308186347536",
      "created_at" : "Sat Jun 25 14:31:46 +0000 2022",
      "favorited" : false,
      "full_text" : "Thanksgiving rolls and pie orders are open. Deadline is the Sunday before.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "1"
      ],
      "favorite_count" : "7",
      "id_str" : "1540635640258939294",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1540635640258939294",
      "created_at" : "Sat Jun 25 09:58:54 +0000 2022",
      "favorited" : false,
      "full_text" : "🍞",
      "lang" : "und"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "9"
      ],
      "favorite_count" : "6",
      "id_str" : "1540629196923091977",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1540629196923091977",
      "created_at" : "Sat Jun 25 09:33:18 +0000 2022",
      "favorited" : false,
      "full_text" : "Ovens on.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "15",
      "id_str" : "1540288199622672763",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1540288199622672763",
      "created_at" : "Fri Jun 24 10:58:18 +0000 2022",
      "favorited" : false,
      "full_text" : "Today a customer asked if we can make a sourdough starter for her wedding guests. Gertrude is going to be a bridesmaid.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "15",
      "id_str" : "1540267395924085422",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1540267395924085422",
      "created_at" : "Fri Jun 24 09:35:38 +0000 2022",
      "favorited" : false,
      "full_text" : "Just pulled 18 loaves of tomato focaccia out of the deck oven. We'll put one aside for you if you call ahead.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "3",
      "id_str" : "1539933933091841986",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1539933933091841986",
      "created_at" : "Thu Jun 23 11:30:34 +0000 2022",
      "favorited" : false,
      "full_text" : "Somebody asked for morning buns on Tuesday, so here we are. Made with local eggs and a little too much enthusiasm. Door's open at 7.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "10"
      ],
      "favorite_count" : "18",
      "id_str" : "1539745846896928764",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1539745846896928764",
      "created_at" : "Wed Jun 22 23:03:11 +0000 2022",
      "favorited" : false,
      "full_text" : "Last call!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "17",
      "id_str" : "1539564545939850839",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1539564545939850839",
      "created_at" : "Wed Jun 22 11:02:46 +0000 2022",
      "favorited" : false,
      "full_text" : "Quarter to five. The delivery truck from Millpond Farm just pulled up with the flour. Best job in the world.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "13",
      "id_str" : "1539001695354208790",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1539001695354208790",
      "created_at" : "Mon Jun 20 21:46:12 +0000 2022",
      "favorited" : false,
      "full_text" : "Tourist asked if Sunnydale has a famous landmark. I said the water tower and the cinnamon rolls. In that order? No, the other way around.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "13",
      "id_str" : "1538662837475552341",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1538662837475552341",
      "created_at" : "Sun Jun 19 23:19:42 +0000 2022",
      "favorited" : false,
      "full_text" : "Gertrude got fed rye flour as a treat. Ask for a scoop if you want to start your own, we're always happy to share.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "14",
      "id_str" : "1538509318303813485",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1538509318303813485",
      "created_at" : "Sun Jun 19 13:09:40 +0000 2022",
      "favorited" : false,
      "full_text" : "We're experimenting with croissants made with Millpond Farm flour. They'll keep for three days in a paper bag, if they last that long.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "9",
      "id_str" : "1538508247228917962",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1538508247228917962",
      "created_at" : "Sun Jun 19 13:05:24 +0000 2022",
      "favorited" : false,
      "full_text" : "Quarter to five. Counting trays, counting loaves, counting hours until my nap.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "13",
      "id_str" : "1538494456928989454",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1538494456928989454",
      "created_at" : "Sun Jun 19 12:10:37 +0000 2022",
      "favorited" : false,
      "full_text" : "Retired teacher comes in every morning and does the crossword at the window table. Today she asked us for help with 14 down. We failed her.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "smalltown",
            "indices" : [
              "74",
              "84"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "1",
      "id_str" : "1537805496658962196",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1537805496658962196",
      "created_at" : "Fri Jun 17 14:32:56 +0000 2022",
      "favorited" : false,
      "full_text" : "Cardamom knots just came out of the oven. The whole block smells like it. #smalltown",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "13",
      "id_str" : "1537247720849918863",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1537247720849918863",
      "created_at" : "Thu Jun 16 01:36:31 +0000 2022",
      "favorited" : false,
      "full_text" : "Biggest order of the year: the Otters' end-of-season party wanted 200 dinner rolls. We did it. Barely.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "11"
      ],
      "favorite_count" : "14",
      "id_str" : "1536673104044245410",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1536673104044245410",
      "created_at" : "Tue Jun 14 11:33:12 +0000 2022",
      "favorited" : false,
      "full_text" : "Knead a nap",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sam",
            "screen_name" : "sam_on_elm",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1106354070644613044",
            "id" : "1106354070644613044"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "11",
      "id_str" : "1536655233663313903",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1536655233663313903",
      "created_at" : "Tue Jun 14 10:22:12 +0000 2022",
      "favorited" : false,
      "full_text" : "@sam_on_elm go Otters! Rolls are on us if you win Saturday.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1536546517946888152",
      "in_reply_to_status_id" : "1536546517946888152",
      "in_reply_to_user_id" : "1106354070644613044",
      "in_reply_to_user_id_str" : "1106354070644613044",
      "in_reply_to_screen_name" : "sam_on_elm"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "153"
      ],
      "favorite_count" : "8",
      "id_str" : "1536160367232644970",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1536160367232644970",
      "created_at" : "Mon Jun 13 01:35:46 +0000 2022",
      "favorited" : false,
      "full_text" : "4:30am. Dev brought donuts from the gas station as a joke. We ate them. Don't tell anyone. Ovens on, radio on, coffee on. In that order. Doors open at 7.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "1",
      "id_str" : "1536040216000029800",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1536040216000029800",
      "created_at" : "Sun Jun 12 17:38:20 +0000 2022",
      "favorited" : false,
      "full_text" : "Gertrude got a new jar with a proper lid. She seems pleased. Bread tomorrow is going to be very good.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "3",
      "id_str" : "1535935674545506867",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1535935674545506867",
      "created_at" : "Sun Jun 12 10:42:55 +0000 2022",
      "favorited" : false,
      "full_text" : "Afternoon thunderstorm knocked the power out for ten minutes, so we're keeping the ovens low and the front door propped open.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "16",
      "id_str" : "1535915718334537392",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1535915718334537392",
      "created_at" : "Sun Jun 12 09:23:37 +0000 2022",
      "favorited" : false,
      "full_text" : "A little kid just asked if croissants are bread that went to the gym. Yes. Yes they are.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "4",
      "id_str" : "1535378227767880929",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1535378227767880929",
      "created_at" : "Fri Jun 10 21:47:50 +0000 2022",
      "favorited" : false,
      "full_text" : "The book club from Hazel's next door placed a standing order for scones on the first Monday of every month. Literary scones.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ellie",
            "screen_name" : "ellie_bee",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "337325142763604624",
            "id" : "337325142763604624"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "57"
      ],
      "favorite_count" : "46",
      "id_str" : "1535261413104164564",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1535261413104164564",
      "created_at" : "Fri Jun 10 14:03:39 +0000 2022",
      "favorited" : false,
      "full_text" : "@ellie_bee please send pictures when you bake it at home!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1535183401014209471",
      "in_reply_to_status_id" : "1535183401014209471",
      "in_reply_to_user_id" : "337325142763604624",
      "in_reply_to_user_id_str" : "337325142763604624",
      "in_reply_to_screen_name" : "ellie_bee"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "3",
      "id_str" : "1535217096488854992",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1535217096488854992",
      "created_at" : "Fri Jun 10 11:07:33 +0000 2022",
      "favorited" : false,
      "full_text" : "First day of school today. Lots of parents came in after drop-off looking like they needed a muffin. We understand.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/f5F6m3n9Z4",
            "expanded_url" : "https://sunnydalebakes.example.com/blog/why-wild-yeast",
            "display_url" : "sunnydalebakes.example.com…",
            "indices" : [
              "64",
              "87"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "4",
      "id_str" : "1534839559340432309",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1534839559340432309",
      "created_at" : "Thu Jun 09 10:07:21 +0000 2022",
      "favorited" : false,
      "full_text" : "Wrote about why we don't use commercial yeast in our sourdough: https://t.co/f5F6m3n9Z4",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "0",
      "id_str" : "1534839540540513240",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1534839540540513240",
      "created_at" : "Thu Jun 09 10:07:17 +0000 2022",
      "favorited" : false,
      "full_text" : "Local artist asked to hang paintings in the shop. The walls look amazing now, come see.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "9",
      "id_str" : "1534492229489934275",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1534492229489934275",
      "created_at" : "Wed Jun 08 11:07:11 +0000 2022",
      "favorited" : false,
      "full_text" : "The firefighters came in for coffee after a night call. Everything was on the house. Thank you, Station 7.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "16",
      "id_str" : "1534133447831740816",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1534133447831740816",
      "created_at" : "Tue Jun 07 11:21:31 +0000 2022",
      "favorited" : false,
      "full_text" : "Who's going? The Sunnydale Historical Society walking tour is on Saturday afternoon. We'll be there with samples and terrible puns.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "0",
      "id_str" : "1533866727485843155",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1533866727485843155",
      "created_at" : "Mon Jun 06 17:41:40 +0000 2022",
      "favorited" : false,
      "full_text" : "Zucchini bread for the early birds, potato rolls for everybody else. Salt &amp; pepper on top, trust the process. Cash or card, either works.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "155"
      ],
      "favorite_count" : "2",
      "id_str" : "1533041595074921601",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1533041595074921601",
      "created_at" : "Sat Jun 04 11:02:53 +0000 2022",
      "favorited" : false,
      "full_text" : "Our starter Gertrude had a layer of hooch on top this morning, I neglected her. Ask for a scoop if you want to start your own, we're always happy to share.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "The Finches",
            "screen_name" : "the_finch_fam",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "833867734205115520",
            "id" : "833867734205115520"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "19"
      ],
      "favorite_count" : "2",
      "id_str" : "1532711743595844051",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1532711743595844051",
      "created_at" : "Fri Jun 03 13:12:10 +0000 2022",
      "favorited" : false,
      "full_text" : "@the_finch_fam yes!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1532628193741164043",
      "in_reply_to_status_id" : "1532628193741164043",
      "in_reply_to_user_id" : "833867734205115520",
      "in_reply_to_user_id_str" : "833867734205115520",
      "in_reply_to_screen_name" : "the_finch_fam"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "bakerylife",
            "indices" : [
              "99",
              "110"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "0",
      "id_str" : "1532380792991747492",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1532380792991747492",
      "created_at" : "Thu Jun 02 15:17:05 +0000 2022",
      "favorited" : false,
      "full_text" : "Pain au chocolat just came out of the oven. Made with local eggs and a little too much enthusiasm. #bakerylife",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "sunnydale",
            "indices" : [
              "86",
              "96"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/23FCiYhPyz",
            "expanded_url" : "https://sunnydalebakes.example.com/blog/lamination",
            "display_url" : "sunnydalebakes.example.com…",
            "indices" : [
              "62",
              "85"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "0",
      "id_str" : "1532350382241841658",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1532350382241841658",
      "created_at" : "Thu Jun 02 13:16:15 +0000 2022",
      "favorited" : false,
      "full_text" : "How we laminate croissant dough, step by step, with pictures: https://t.co/23FCiYhPyz #sunnydale",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "sunnydale",
            "indices" : [
              "101",
              "111"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "4",
      "id_str" : "1531944352906287394",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1531944352906287394",
      "created_at" : "Wed Jun 01 10:22:50 +0000 2022",
      "favorited" : false,
      "full_text" : "Who's going? The Sunnydale 5K is on Saturday morning. We'll be there with samples and terrible puns. #sunnydale",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "22",
      "id_str" : "1531816297653223393",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1531816297653223393",
      "created_at" : "Wed Jun 01 01:53:59 +0000 2022",
      "favorited" : false,
      "full_text" : "Sorry for the bad puns. I'm a baker, not a comedian. My jokes are all half-baked. I'll see myself out.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "sourdough",
            "indices" : [
              "78",
              "88"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/CzBfrG3JoT",
            "expanded_url" : "https://sunnydalebakes.example.com/recipes/cinnamon-rolls",
            "display_url" : "sunnydalebakes.example.com…",
            "indices" : [
              "54",
              "77"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "2",
      "id_str" : "1531585302735928753",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1531585302735928753",
      "created_at" : "Tue May 31 10:36:06 +0000 2022",
      "favorited" : false,
      "full_text" : "Our cinnamon roll recipe, scaled down for home ovens: https://t.co/CzBfrG3JoT #sourdough",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sam",
            "screen_name" : "sam_on_elm",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1106354070644613044",
            "id" : "1106354070644613044"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "4",
      "id_str" : "1531424399913250373",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1531424399913250373",
      "created_at" : "Mon May 30 23:56:44 +0000 2022",
      "favorited" : false,
      "full_text" : "@sam_on_elm Rosa made that one, I'll pass on the compliment.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1531323487315347007",
      "in_reply_to_status_id" : "1531323487315347007",
      "in_reply_to_user_id" : "1106354070644613044",
      "in_reply_to_user_id_str" : "1106354070644613044",
      "in_reply_to_screen_name" : "sam_on_elm"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "bakerylife",
            "indices" : [
              "121",
              "132"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "2",
      "id_str" : "1531271499868537972",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1531271499868537972",
      "created_at" : "Mon May 30 13:49:09 +0000 2022",
      "favorited" : false,
      "full_text" : "Somebody asked for rhubarb crumble bars on Tuesday, so here we are. Crunchy outside &amp; soft inside, the way it should be. #bakerylife",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/Ug7yIJ1f1o",
            "expanded_url" : "https://sunnydalebakes.example.com/blog/why-wild-yeast",
            "display_url" : "sunnydalebakes.example.com…",
            "indices" : [
              "64",
              "87"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "12",
      "id_str" : "1531060168249289304",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1531060168249289304",
      "created_at" : "Sun May 29 23:49:24 +0000 2022",
      "favorited" : false,
      "full_text" : "Wrote about why we don't use commercial yeast in our sourdough: https://t.co/Ug7yIJ1f1o 🍞",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "breakfast",
            "indices" : [
              "12",
              "22"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "22"
      ],
      "favorite_count" : "2",
      "id_str" : "1530872014624838354",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1530872014624838354",
      "created_at" : "Sun May 29 11:21:45 +0000 2022",
      "favorited" : false,
      "full_text" : "Croissants! #breakfast",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "4",
      "id_str" : "1530323357457874111",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1530323357457874111",
      "created_at" : "Fri May 27 23:01:35 +0000 2022",
      "favorited" : false,
      "full_text" : "Gertrude (the sourdough starter) had a layer of hooch on top this morning, I neglected her. That's my girl.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "141"
      ],
      "favorite_count" : "10",
      "id_str" : "1530323167762972499",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1530323167762972499",
      "created_at" : "Fri May 27 23:00:49 +0000 2022",
      "favorited" : false,
      "full_text" : "On the shelf this Friday:\n- olive and rosemary focaccia\n- everything bagels\n- cinnamon raisin swirl\n- cranberry walnut loaf\n\nCome and get it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "0",
      "id_str" : "1530275624754691592",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1530275624754691592",
      "created_at" : "Fri May 27 19:51:54 +0000 2022",
      "favorited" : false,
      "full_text" : "On the shelf this Friday:\n- cinnamon raisin swirl\n- sesame semolina loaf\n- wild garlic focaccia\n- spelt loaf\n\nCome and get it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "4",
      "id_str" : "1530244262349517884",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1530244262349517884",
      "created_at" : "Fri May 27 17:47:17 +0000 2022",
      "favorited" : false,
      "full_text" : "Small batch of kouign-amann today, the kind I make when nobody's watching. Salt &amp; pepper on top, trust the process. 🥐",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lou",
            "screen_name" : "lou_tomatoes",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "114463376364279016",
            "id" : "114463376364279016"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "35",
      "id_str" : "1529764857191430642",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1529764857191430642",
      "created_at" : "Thu May 26 10:02:18 +0000 2022",
      "favorited" : false,
      "full_text" : "@lou_tomatoes happy birthday!! Stop by for a free cookie this week.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1529657398776087156",
      "in_reply_to_status_id" : "1529657398776087156",
      "in_reply_to_user_id" : "114463376364279016",
      "in_reply_to_user_id_str" : "114463376364279016",
      "in_reply_to_screen_name" : "lou_tomatoes"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "162"
      ],
      "favorite_count" : "3",
      "id_str" : "1529117698625775617",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1529117698625775617",
      "created_at" : "Tue May 24 15:10:43 +0000 2022",
      "favorited" : false,
      "full_text" : "Mark your calendars: opening day for the Sunnydale Otters is this weekend. We'll be there with samples and terrible puns. It's the best day of the year, fight me.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "3",
      "id_str" : "1529039495773778415",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1529039495773778415",
      "created_at" : "Tue May 24 09:59:58 +0000 2022",
      "favorited" : false,
      "full_text" : "Baking tip: score your loaves with confidence. A hesitant cut tears the dough. Learned that one the hard way.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "14"
      ],
      "favorite_count" : "3",
      "id_str" : "1528458388843106300",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1528458388843106300",
      "created_at" : "Sun May 22 19:30:51 +0000 2022",
      "favorited" : false,
      "full_text" : "Gertrude lives",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/0XJgdbx3iK",
            "expanded_url" : "https://sunnydalebakes.example.com/menu",
            "display_url" : "sunnydalebakes.example.com…",
            "indices" : [
              "29",
              "52"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "5",
      "id_str" : "1528433407267681110",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1528433407267681110",
      "created_at" : "Sun May 22 17:51:35 +0000 2022",
      "favorited" : false,
      "full_text" : "Menu for the week is posted: https://t.co/0XJgdbx3iK Enjoy!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "4",
      "id_str" : "1528088779770382690",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1528088779770382690",
      "created_at" : "Sat May 21 19:02:10 +0000 2022",
      "favorited" : false,
      "full_text" : "A family stopped in on a road trip and said they drove an extra twenty minutes because of our reviews. That's the nicest thing.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "22",
      "id_str" : "1527963364950497667",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1527963364950497667",
      "created_at" : "Sat May 21 10:43:49 +0000 2022",
      "favorited" : false,
      "full_text" : "Small towns are the best. Everyone knows your name and your usual order.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "2",
      "id_str" : "1527732743379492016",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1527732743379492016",
      "created_at" : "Fri May 20 19:27:24 +0000 2022",
      "favorited" : false,
      "full_text" : "Had a couple from out of town ask where the locals eat. I said, you're standing in it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ellie",
            "screen_name" : "ellie_bee",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "337325142763604624",
            "id" : "337325142763604624"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "19"
      ],
      "favorite_count" : "2",
      "id_str" : "1527367619884147588",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1527367619884147588",
      "created_at" : "Thu May 19 19:16:32 +0000 2022",
      "favorited" : false,
      "full_text" : "@ellie_bee we agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1527245567526005419",
      "in_reply_to_status_id" : "1527245567526005419",
      "in_reply_to_user_id" : "337325142763604624",
      "in_reply_to_user_id_str" : "337325142763604624",
      "in_reply_to_screen_name" : "ellie_bee"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "10",
      "id_str" : "1526559966479048835",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1526559966479048835",
      "created_at" : "Tue May 17 13:47:12 +0000 2022",
      "favorited" : false,
      "full_text" : "Tried a new shaping method on the hot cross buns today. The whole block smells like it. Door's open at 7.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "0",
      "id_str" : "1525411433511419827",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1525411433511419827",
      "created_at" : "Sat May 14 09:43:21 +0000 2022",
      "favorited" : false,
      "full_text" : "Sourdough: because good things take thyme. And flour. Mostly flour. Sorry.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "8",
      "id_str" : "1524801871778264903",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1524801871778264903",
      "created_at" : "Thu May 12 17:21:10 +0000 2022",
      "favorited" : false,
      "full_text" : "Gertrude (the sourdough starter) had a slow start but came through by noon. We are so proud of her.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rosa M.",
            "screen_name" : "rosa_bakes",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "929098462220918293",
            "id" : "929098462220918293"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "0",
      "id_str" : "1524678354143162110",
      "truncated" : false,
      "retweet_count" : "19",
      "id" : "1524678354143162110",
      "created_at" : "Thu May 12 09:10:21 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @rosa_bakes: The cardamom knots were my idea and I'd like that on the record.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "2",
      "id_str" : "1524497761861009023",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1524497761861009023",
      "created_at" : "Wed May 11 21:12:44 +0000 2022",
      "favorited" : false,
      "full_text" : "Small batch of cheddar chive scones today, the kind I make when nobody's watching. The crumb shot alone made my whole week.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "7"
      ],
      "favorite_count" : "1",
      "id_str" : "1523984809174785977",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1523984809174785977",
      "created_at" : "Tue May 10 11:14:27 +0000 2022",
      "favorited" : false,
      "full_text" : "Day off",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/doK6IMUKeN",
            "expanded_url" : "https://sunnydalebakes.example.com/town/small-business-map",
            "display_url" : "sunnydalebakes.example.com…",
            "indices" : [
              "43",
              "66"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "10",
      "id_str" : "1523693045703055026",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1523693045703055026",
      "created_at" : "Mon May 09 15:55:05 +0000 2022",
      "favorited" : false,
      "full_text" : "We're on the Sunnydale small business map: https://t.co/doK6IMUKeN Enjoy!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "13"
      ],
      "favorite_count" : "3",
      "id_str" : "1523673025012912480",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1523673025012912480",
      "created_at" : "Mon May 09 14:35:32 +0000 2022",
      "favorited" : false,
      "full_text" : "Fresh loaves!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "13",
      "id_str" : "1523250726554721783",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1523250726554721783",
      "created_at" : "Sun May 08 10:37:28 +0000 2022",
      "favorited" : false,
      "full_text" : "Gertrude doubled in four hours this morning. Sourdough people will understand.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "3",
      "id_str" : "1522968972855745755",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1522968972855745755",
      "created_at" : "Sat May 07 15:57:53 +0000 2022",
      "favorited" : false,
      "full_text" : "First properly warm day of the year, and Theo still showed up on his bike. Hero.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "5",
      "id_str" : "1522963061756495255",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1522963061756495255",
      "created_at" : "Sat May 07 15:34:23 +0000 2022",
      "favorited" : false,
      "full_text" : "The cherry tree in front of the library bloomed overnight, so coffee is half price for anyone who walked here.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "0",
      "id_str" : "1522961868645813953",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1522961868645813953",
      "created_at" : "Sat May 07 15:29:39 +0000 2022",
      "favorited" : false,
      "full_text" : "Pollen everywhere, the windowsill is yellow, so the dough is proofing slow and I'm drinking an extra coffee.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "12",
      "id_str" : "1522915376832135399",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1522915376832135399",
      "created_at" : "Sat May 07 12:24:54 +0000 2022",
      "favorited" : false,
      "full_text" : "Today's pun is brought to you by the letter B, for brioche.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "162"
      ],
      "favorite_count" : "12",
      "id_str" : "1522907002608988238",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1522907002608988238",
      "created_at" : "Sat May 07 11:51:38 +0000 2022",
      "favorited" : false,
      "full_text" : "Who's going? Spring cleanup day at Riverside Park is this Saturday. Look for the yellow tent and the smell of soda bread. It's the best day of the year, fight me.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "3",
      "id_str" : "1522904276767135144",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1522904276767135144",
      "created_at" : "Sat May 07 11:40:48 +0000 2022",
      "favorited" : false,
      "full_text" : "Spelt loaf is back on the shelf today. The secret is patience. And butter. Mostly butter. 🍞",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "shoplocal",
            "indices" : [
              "115",
              "125"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "2",
      "id_str" : "1522633537735046291",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1522633537735046291",
      "created_at" : "Fri May 06 17:44:59 +0000 2022",
      "favorited" : false,
      "full_text" : "The lemon poppyseed loaf turned out gorgeous today. Listen closely and you can hear the crust crackle as it cools. #shoplocal",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "smalltown",
            "indices" : [
              "101",
              "111"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "2",
      "id_str" : "1522530581802964639",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1522530581802964639",
      "created_at" : "Fri May 06 10:55:52 +0000 2022",
      "favorited" : false,
      "full_text" : "Today's special: English muffins. Dev says it's the best batch we've done. Dev says that every week. #smalltown",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "13"
      ],
      "favorite_count" : "8",
      "id_str" : "1522352962060448837",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1522352962060448837",
      "created_at" : "Thu May 05 23:10:04 +0000 2022",
      "favorited" : false,
      "full_text" : "Ciabatta time",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sunnydale Weather Nerd",
            "screen_name" : "sdale_weather",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "358817839078295868",
            "id" : "358817839078295868"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "0",
      "id_str" : "1521851663047293990",
      "truncated" : false,
      "retweet_count" : "28",
      "id" : "1521851663047293990",
      "created_at" : "Wed May 04 13:58:05 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @sdale_weather: Heat advisory through Thursday. Stay hydrated and check on your neighbors.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "5",
      "id_str" : "1521503123388433001",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1521503123388433001",
      "created_at" : "Tue May 03 14:53:07 +0000 2022",
      "favorited" : false,
      "full_text" : "Small batch of country sourdough today, the kind I make when nobody's watching. Bread &amp; butter, that's the whole plan for today.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "12"
      ],
      "favorite_count" : "4",
      "id_str" : "1521448061968567415",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1521448061968567415",
      "created_at" : "Tue May 03 11:14:19 +0000 2022",
      "favorited" : false,
      "full_text" : "Delivery day",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "sunnydale",
            "indices" : [
              "123",
              "133"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "133"
      ],
      "favorite_count" : "9",
      "id_str" : "1521074729757092724",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1521074729757092724",
      "created_at" : "Mon May 02 10:30:50 +0000 2022",
      "favorited" : false,
      "full_text" : "The Sunnydale Historical Society walking tour is on Saturday afternoon! We'll be open extra early for anyone heading over. #sunnydale",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/AN2YcqAacC",
            "expanded_url" : "https://sunnydalebakes.example.com/blog/survey",
            "display_url" : "sunnydalebakes.example.com…",
            "indices" : [
              "71",
              "94"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "1",
      "id_str" : "1520369116532877006",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1520369116532877006",
      "created_at" : "Sat Apr 30 11:46:59 +0000 2022",
      "favorited" : false,
      "full_text" : "Results from our customer survey are in, and you really want more rye: https://t.co/AN2YcqAacC Enjoy!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "12"
      ],
      "favorite_count" : "40",
      "id_str" : "1520365753752753026",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1520365753752753026",
      "created_at" : "Sat Apr 30 11:33:37 +0000 2022",
      "favorited" : false,
      "full_text" : "Coffee first",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "5",
      "id_str" : "1520356077213339955",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1520356077213339955",
      "created_at" : "Sat Apr 30 10:55:10 +0000 2022",
      "favorited" : false,
      "full_text" : "3:55am. There's something peaceful about shaping loaves before the sun comes up.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "3"
      ],
      "favorite_count" : "5",
      "id_str" : "1520012230869151972",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1520012230869151972",
      "created_at" : "Fri Apr 29 12:08:50 +0000 2022",
      "favorited" : false,
      "full_text" : "🥐🥐🥐",
      "lang" : "und"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "0",
      "id_str" : "1519630549174998009",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1519630549174998009",
      "created_at" : "Thu Apr 28 10:52:10 +0000 2022",
      "favorited" : false,
      "full_text" : "Free advice: use room temperature eggs and butter for cakes. It really does make a difference.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "1",
      "id_str" : "1519459543365489644",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1519459543365489644",
      "created_at" : "Wed Apr 27 23:32:39 +0000 2022",
      "favorited" : false,
      "full_text" : "Now taking orders for graduation party rolls. Message us or stop by.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "21",
      "id_str" : "1519343786737553980",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1519343786737553980",
      "created_at" : "Wed Apr 27 15:52:41 +0000 2022",
      "favorited" : false,
      "full_text" : "Somebody ordered a birthday cake shaped like a loaf of bread. We made a loaf-shaped cake. It's a cake. It's bread. Nobody knows anymore.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "58"
      ],
      "favorite_count" : "2",
      "id_str" : "1519250129054906241",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1519250129054906241",
      "created_at" : "Wed Apr 27 09:40:31 +0000 2022",
      "favorited" : false,
      "full_text" : "The crust is on the outside but the love is on the inside.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "2",
      "id_str" : "1518928440216422418",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1518928440216422418",
      "created_at" : "Tue Apr 26 12:22:15 +0000 2022",
      "favorited" : false,
      "full_text" : "Quarter to five. Just me, the mixer and a very sleepy Biscuit. ☕️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "1",
      "id_str" : "1517884076096365514",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1517884076096365514",
      "created_at" : "Sat Apr 23 15:12:19 +0000 2022",
      "favorited" : false,
      "full_text" : "On the shelf this Saturday:\n- ciabatta\n- country sourdough\n- cinnamon raisin swirl\n- blueberry muffins\n\nOpen at 7.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "bakerylife",
            "indices" : [
              "118",
              "129"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "1",
      "id_str" : "1517110142101332700",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1517110142101332700",
      "created_at" : "Thu Apr 21 11:56:59 +0000 2022",
      "favorited" : false,
      "full_text" : "Theo scored all the pretzel rolls this morning by himself. We're saving a few for the lunch crowd this time, promise. #bakerylife",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "19",
      "id_str" : "1516527710065139819",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1516527710065139819",
      "created_at" : "Tue Apr 19 21:22:36 +0000 2022",
      "favorited" : false,
      "full_text" : "On the shelf this Tuesday:\n- cardamom knots\n- lemon curd tarts\n- brioche\n- ham and gruyère croissants\n\nCome and get it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jonah P",
            "screen_name" : "jonah_paints",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "420417929087012802",
            "id" : "420417929087012802"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "50"
      ],
      "favorite_count" : "2",
      "id_str" : "1516074032629590599",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1516074032629590599",
      "created_at" : "Mon Apr 18 15:19:51 +0000 2022",
      "favorited" : false,
      "full_text" : "@jonah_paints &lt;3 thank you, that made our morning.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1515946945551935079",
      "in_reply_to_status_id" : "1515946945551935079",
      "in_reply_to_user_id" : "420417929087012802",
      "in_reply_to_user_id_str" : "420417929087012802",
      "in_reply_to_screen_name" : "jonah_paints"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/H4JjsG6xlq",
            "expanded_url" : "https://sunnydalebakes.example.com/orders/holiday",
            "display_url" : "sunnydalebakes.example.com…",
            "indices" : [
              "30",
              "53"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "5",
      "id_str" : "1515083633376017730",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1515083633376017730",
      "created_at" : "Fri Apr 15 21:44:21 +0000 2022",
      "favorited" : false,
      "full_text" : "Our holiday order form is up: https://t.co/H4JjsG6xlq Thank you!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "23",
      "id_str" : "1512240302303168114",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1512240302303168114",
      "created_at" : "Fri Apr 08 01:25:58 +0000 2022",
      "favorited" : false,
      "full_text" : "Don't go bacon my heart. Wrong shop, but the sentiment stands.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "4",
      "id_str" : "1512030000852086574",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1512030000852086574",
      "created_at" : "Thu Apr 07 11:30:19 +0000 2022",
      "favorited" : false,
      "full_text" : "Just pulled 40 loaves of jalapeño cheddar bread out of the deck oven. Half the batch is already spoken for by the library staff.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "6",
      "id_str" : "1512003875145886529",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1512003875145886529",
      "created_at" : "Thu Apr 07 09:46:30 +0000 2022",
      "favorited" : false,
      "full_text" : "Some people have a loaf-hate relationship with carbs. Not us. Just love. Sorry.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "5",
      "id_str" : "1511643228679480628",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1511643228679480628",
      "created_at" : "Wed Apr 06 09:53:25 +0000 2022",
      "favorited" : false,
      "full_text" : "Reading an old French baking book tonight. Everything was harder back then and the bread was still amazing.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "135"
      ],
      "favorite_count" : "2",
      "id_str" : "1510940210936600486",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1510940210936600486",
      "created_at" : "Mon Apr 04 11:19:52 +0000 2022",
      "favorited" : false,
      "full_text" : "Mark your calendars: the school plant sale is on Friday. We'll have a table with cranberry walnut loaf and morning buns. See you there!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "14"
      ],
      "favorite_count" : "4",
      "id_str" : "1510601245945275206",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1510601245945275206",
      "created_at" : "Sun Apr 03 12:52:57 +0000 2022",
      "favorited" : false,
      "full_text" : "Scones are out",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Town of Sunnydale",
            "screen_name" : "sunnydale_town",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "321749691526452125",
            "id" : "321749691526452125"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "0",
      "id_str" : "1509493439751031651",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1509493439751031651",
      "created_at" : "Thu Mar 31 11:30:55 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @sunnydale_town: Leaf pickup begins the first week of November. Rake to the curb, not the street.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "7",
      "id_str" : "1509337696769827192",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1509337696769827192",
      "created_at" : "Thu Mar 31 01:12:03 +0000 2022",
      "favorited" : false,
      "full_text" : "Flour power is real and I have the forearms to prove it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "5"
      ],
      "favorite_count" : "11",
      "id_str" : "1509162463000849576",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1509162463000849576",
      "created_at" : "Wed Mar 30 13:35:44 +0000 2022",
      "favorited" : false,
      "full_text" : "Oops.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "2",
      "id_str" : "1509155846371062174",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1509155846371062174",
      "created_at" : "Wed Mar 30 13:09:27 +0000 2022",
      "favorited" : false,
      "full_text" : "Gertrude had a slow start but came through by noon. Bread tomorrow is going to be very good.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "4"
      ],
      "favorite_count" : "0",
      "id_str" : "1509126415026017126",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1509126415026017126",
      "created_at" : "Wed Mar 30 11:12:30 +0000 2022",
      "favorited" : false,
      "full_text" : "Yum.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "3",
      "id_str" : "1508467940101200488",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1508467940101200488",
      "created_at" : "Mon Mar 28 15:35:57 +0000 2022",
      "favorited" : false,
      "full_text" : "Tried to take a day off. Ended up baking at home. I have a problem.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "12",
      "id_str" : "1508445663764425362",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1508445663764425362",
      "created_at" : "Mon Mar 28 14:07:26 +0000 2022",
      "favorited" : false,
      "full_text" : "To everyone who buys a loaf &amp; a coffee every morning: &lt;3",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ellie",
            "screen_name" : "ellie_bee",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "337325142763604624",
            "id" : "337325142763604624"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "14"
      ],
      "favorite_count" : "9",
      "id_str" : "1508409822148812775",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1508409822148812775",
      "created_at" : "Mon Mar 28 11:45:01 +0000 2022",
      "favorited" : false,
      "full_text" : "@ellie_bee aww",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1508298337485619737",
      "in_reply_to_status_id" : "1508298337485619737",
      "in_reply_to_user_id" : "337325142763604624",
      "in_reply_to_user_id_str" : "337325142763604624",
      "in_reply_to_screen_name" : "ellie_bee"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "1",
      "id_str" : "1508408853909711880",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1508408853909711880",
      "created_at" : "Mon Mar 28 11:41:10 +0000 2022",
      "favorited" : false,
      "full_text" : "Theo scored all the lemon curd tarts this morning by himself. We're saving a few for the lunch crowd this time, promise.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "7",
      "id_str" : "1508394908431947347",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1508394908431947347",
      "created_at" : "Mon Mar 28 10:45:45 +0000 2022",
      "favorited" : false,
      "full_text" : "Let's get this bread. The bread is here. It's been got. I'll see myself out.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "13"
      ],
      "favorite_count" : "0",
      "id_str" : "1508225262225882732",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1508225262225882732",
      "created_at" : "Sun Mar 27 23:31:38 +0000 2022",
      "favorited" : false,
      "full_text" : "Back tomorrow",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "14",
      "id_str" : "1508128064373797548",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1508128064373797548",
      "created_at" : "Sun Mar 27 17:05:24 +0000 2022",
      "favorited" : false,
      "full_text" : "First properly warm day of the year, so the bread is going to be a bit more sour than usual. No complaints.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "0",
      "id_str" : "1507132127870798126",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1507132127870798126",
      "created_at" : "Thu Mar 24 23:07:55 +0000 2022",
      "favorited" : false,
      "full_text" : "Lost and found update: one blue mitten, one library book, and a very nice pen. Come claim them.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Hazel's Books",
            "screen_name" : "hazels_books",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1142714035781470244",
            "id" : "1142714035781470244"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "22"
      ],
      "favorite_count" : "19",
      "id_str" : "1506346009222623452",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1506346009222623452",
      "created_at" : "Tue Mar 22 19:04:09 +0000 2022",
      "favorited" : false,
      "full_text" : "@hazels_books we agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1506227730053004303",
      "in_reply_to_status_id" : "1506227730053004303",
      "in_reply_to_user_id" : "1142714035781470244",
      "in_reply_to_user_id_str" : "1142714035781470244",
      "in_reply_to_screen_name" : "hazels_books"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "bakerylife",
            "indices" : [
              "139",
              "150"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "150"
      ],
      "favorite_count" : "9",
      "id_str" : "1505882879788253453",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1505882879788253453",
      "created_at" : "Mon Mar 21 12:23:51 +0000 2022",
      "favorited" : false,
      "full_text" : "Small batch of cinnamon raisin swirl today, the kind I make when nobody's watching. Made with local eggs and a little too much enthusiasm. #bakerylife",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "50"
      ],
      "favorite_count" : "2",
      "id_str" : "1505877117266438384",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1505877117266438384",
      "created_at" : "Mon Mar 21 12:00:57 +0000 2022",
      "favorited" : false,
      "full_text" : "You butter believe the croissants are back. Sorry.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "8"
      ],
      "favorite_count" : "15",
      "id_str" : "1505559681006127617",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1505559681006127617",
      "created_at" : "Sun Mar 20 14:59:34 +0000 2022",
      "favorited" : false,
      "full_text" : "So tired",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "5",
      "id_str" : "1505514241278467276",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1505514241278467276",
      "created_at" : "Sun Mar 20 11:59:00 +0000 2022",
      "favorited" : false,
      "full_text" : "Rain all morning on Main Street, and the window seat has a perfect view of it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "14",
      "id_str" : "1505489634392704094",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1505489634392704094",
      "created_at" : "Sun Mar 20 10:21:14 +0000 2022",
      "favorited" : false,
      "full_text" : "Tip of the day: don't throw out starter discard, make crackers or pancakes with it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "7",
      "id_str" : "1504812685675423143",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1504812685675423143",
      "created_at" : "Fri Mar 18 13:31:16 +0000 2022",
      "favorited" : false,
      "full_text" : "New on the menu this week: spelt loaf. Dev says it's the best batch we've done. Dev says that every week. 🥐",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "0",
      "id_str" : "1504421908795066396",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1504421908795066396",
      "created_at" : "Thu Mar 17 11:38:28 +0000 2022",
      "favorited" : false,
      "full_text" : "Day-old bread is half price after noon every day. It's still great, especially toasted.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "4",
      "id_str" : "1504415547343788674",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1504415547343788674",
      "created_at" : "Thu Mar 17 11:13:11 +0000 2022",
      "favorited" : false,
      "full_text" : "On the shelf this Thursday:\n- asparagus and goat cheese galettes\n- caraway rye\n- cinnamon raisin swirl\n- lemon poppyseed loaf\n\nOpen at 7.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "3",
      "id_str" : "1504242372177094151",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1504242372177094151",
      "created_at" : "Wed Mar 16 23:45:03 +0000 2022",
      "favorited" : false,
      "full_text" : "Don't forget, opening day for the Sunnydale Otters is this weekend. Rosa is running our booth, so be nice to her.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "48"
      ],
      "favorite_count" : "1",
      "id_str" : "1503786223673778971",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1503786223673778971",
      "created_at" : "Tue Mar 15 17:32:29 +0000 2022",
      "favorited" : false,
      "full_text" : "You never forget your first successful baguette.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "sourdough",
            "indices" : [
              "97",
              "107"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "1",
      "id_str" : "1502821290624545707",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1502821290624545707",
      "created_at" : "Sun Mar 13 01:38:11 +0000 2022",
      "favorited" : false,
      "full_text" : "Theo scored all the croissants this morning by himself. The crumb shot alone made my whole week. #sourdough",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "2",
      "id_str" : "1502675758593154448",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1502675758593154448",
      "created_at" : "Sat Mar 12 15:59:53 +0000 2022",
      "favorited" : false,
      "full_text" : "The school plant sale is on Friday! We'll be open extra early for anyone heading over.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sunnydale Otters",
            "screen_name" : "otters_baseball",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "171172468709992534",
            "id" : "171172468709992534"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "1",
      "id_str" : "1502342199000711824",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1502342199000711824",
      "created_at" : "Fri Mar 11 17:54:27 +0000 2022",
      "favorited" : false,
      "full_text" : "@otters_baseball we're closed Mondays, but open bright and early Tuesday.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1502225180326068119",
      "in_reply_to_status_id" : "1502225180326068119",
      "in_reply_to_user_id" : "171172468709992534",
      "in_reply_to_user_id_str" : "171172468709992534",
      "in_reply_to_screen_name" : "otters_baseball"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "4",
      "id_str" : "1502035022044515471",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1502035022044515471",
      "created_at" : "Thu Mar 10 21:33:50 +0000 2022",
      "favorited" : false,
      "full_text" : "Gertrude doubled in four hours this morning. That's my girl.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sunnydale Public Library",
            "screen_name" : "sdale_library",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "673903061079703718",
            "id" : "673903061079703718"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "0",
      "id_str" : "1501899381759950119",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1501899381759950119",
      "created_at" : "Thu Mar 10 12:34:51 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @sdale_library: Story hour this Thursday is all about bread, with snacks from our friends at Sunnydale Bakes.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "32",
      "id_str" : "1501877497336921232",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1501877497336921232",
      "created_at" : "Thu Mar 10 11:07:53 +0000 2022",
      "favorited" : false,
      "full_text" : "On the shelf this Thursday:\n- sesame semolina loaf\n- pain au chocolat\n- baguettes\n- sticky buns\n\nCome and get it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "9",
      "id_str" : "1501876407784871199",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1501876407784871199",
      "created_at" : "Thu Mar 10 11:03:33 +0000 2022",
      "favorited" : false,
      "full_text" : "Someone bought a dozen croissants and said they were 'for the office'. Sir, you work from home. We know.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/VsSOln4Noz",
            "expanded_url" : "https://sunnydalebakes.example.com/gazette/bakery-profile",
            "display_url" : "sunnydalebakes.example.com…",
            "indices" : [
              "58",
              "81"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "4",
      "id_str" : "1501504261776151844",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1501504261776151844",
      "created_at" : "Wed Mar 09 10:24:47 +0000 2022",
      "favorited" : false,
      "full_text" : "The Gazette did a little story about us and I'm blushing: https://t.co/VsSOln4Noz Thank you!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sunnydale Weather Nerd",
            "screen_name" : "sdale_weather",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "358817839078295868",
            "id" : "358817839078295868"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "0",
      "id_str" : "1501244839907699542",
      "truncated" : false,
      "retweet_count" : "35",
      "id" : "1501244839907699542",
      "created_at" : "Tue Mar 08 17:13:56 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @sdale_weather: Snow totals so far: 7 inches downtown, 9 out by the reservoir.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "3",
      "id_str" : "1500639414230081384",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1500639414230081384",
      "created_at" : "Mon Mar 07 01:08:11 +0000 2022",
      "favorited" : false,
      "full_text" : "Our neighbor at the hardware store traded us a new hinge for two loaves. The barter economy lives on Main Street.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "sunnydale",
            "indices" : [
              "54",
              "64"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/MjeXnP0gR0",
            "expanded_url" : "https://sunnydalebakes.example.com/orders/holiday",
            "display_url" : "sunnydalebakes.example.com…",
            "indices" : [
              "30",
              "53"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "23",
      "id_str" : "1500124175482634570",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1500124175482634570",
      "created_at" : "Sat Mar 05 15:00:49 +0000 2022",
      "favorited" : false,
      "full_text" : "Our holiday order form is up: https://t.co/MjeXnP0gR0 #sunnydale",
      "lang" : "en"
    }
  }
]
