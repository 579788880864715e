"""Fictional names from many backgrounds for the demo school and the tests.

Combined at random; any likeness to a real pupil is chance. Accents, Ş, Ł and ễ are
here on purpose: every screen, sort and PDF must handle them.
"""

FIRST_NAMES = (
    "Emma", "Noah", "Olivia", "Liam", "Louise", "Arthur", "Mila", "Jules", "Elena", "Lucas",
    "Zoë", "Émile", "Anaïs", "Chloé", "Noël", "Inès", "François", "Amélie", "Thaïs", "Loïc",
    "Şeyma", "Oğuz", "Aylin", "Ömer", "Elif", "Yusuf", "Büşra", "Emir", "Zeynep", "Çağla",
    "Łukasz", "Wiktoria", "Kacper", "Zuzanna", "Jakub", "Małgorzata", "Paweł", "Agnieszka",
    "Mohamed", "Yasmina", "Ayoub", "Salma", "Ilyas", "Nour", "Adam", "Imane", "Hamza", "Rania",
    "Nguyễn Anh", "Thảo", "Đức", "Linh", "Minh", "Hương", "Quỳnh", "Bảo",
    "Kwame", "Ngozi", "Amara", "Kofi", "Chiamaka", "Sékou", "Aïssatou", "Mamadou",
    "Jiří", "Eliška", "Tomáš", "Søren", "Björn", "Ana-María", "Dževad", "Ioana", "Răzvan",
    "Siddharth", "Priya", "Aarav", "Saanvi", "Mei", "Haruto", "Yuna", "Seo-yeon",
)

LAST_NAMES = (
    "Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens",
    "Wouters", "De Smedt", "Van den Broeck", "Vermeulen", "De Clercq", "Van Damme", "Dubois",
    "Lambert", "Dupont", "Lefèvre", "Verbruggen", "D'Hondt", "Van de Velde", "Declercq",
    "Yılmaz", "Kaya", "Şahin", "Öztürk", "Çelik", "Demir", "Aydın", "Doğan",
    "El Amrani", "Benali", "Boukhari", "Ouali", "El Idrissi", "Haddouchi", "Azzouzi",
    "Nowak", "Kowalski", "Wiśniewski", "Łukaszewicz", "Wójcik", "Zieliński", "Kamińska",
    "Nguyễn", "Trần", "Phạm", "Lê", "Hoàng", "Võ",
    "Okafor", "Mensah", "Diallo", "Traoré", "Nkemelu", "Asante", "Mbeki",
    "Popescu", "Dimitrov", "Horváth", "Novák", "García", "Fernández", "Müller", "Schäfer",
    "Kovačević", "Petrović", "Sharma", "Patel", "Tanaka", "Kim", "Chen", "Andersen",
)

# The demo school's team: a pool of its own, so a colleague never shares a pupil's name.
STAFF_FIRST_NAMES = (
    "Griet", "Bart", "Sofie", "Hakan", "Nadia", "Tom", "Lies", "Kris", "Fatma", "Wim", "Joke",
    "Ilse", "Dirk", "Evi", "Karim", "Hilde", "Pieter", "Leen", "Rachida", "Stijn", "Veerle", "Jelle",
)
STAFF_LAST_NAMES = (
    "Vanhove", "Coppens", "Lenaerts", "Arslan", "Bouzid", "Desmet", "Verstraete", "Van Acker",
    "Hermans", "Smets", "Van Hoof", "Claeys", "Verhaegen", "Baert", "Moens", "Stevens", "Wuyts",
    "Van Hecke", "Aerts", "Bogaert",
)
