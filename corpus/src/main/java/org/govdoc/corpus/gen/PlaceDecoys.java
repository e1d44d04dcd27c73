package org.govdoc.corpus.gen;

import java.util.List;

/**
 * Phrases of a document's body holding a division's short name that name no place of the
 * document: a person (任木兰: 木兰县), a policy word (乡村振兴: 振兴区), a village (太平: 太平区), a road
 * (汝南路: 汝南县), a hamlet (沙湾子: 沙湾区). The region of the gold stays the issuer's.
 */
final class PlaceDecoys {

    static final List<String> PHRASES = List.of("经与社区干部任木兰同志现场查看，", "结合乡村振兴工作安排，",
            "经实地走访太平、新庄两个村民小组，", "经对汝南路口现场踏勘，", "经征求沙湾子组群众意见，");

    private PlaceDecoys() {
    }

    static String pick(Rng rng) {
        return rng.pick(PHRASES);
    }
}
