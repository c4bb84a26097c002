package dev.precis.groups;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class UnionFindTest {
    @Test
    void joinsTransitivelyAndNamesEachGroupAfterItsSmallestMember() {
        UnionFind u = new UnionFind(6);
        u.union(4, 2);
        u.union(5, 4);
        u.union(3, 1);
        assertThat(u.root(5)).isEqualTo(2);
        assertThat(u.root(3)).isEqualTo(1);
        assertThat(u.root(0)).isZero();
        assertThat(u.groups()).containsExactly(List.of(0), List.of(1, 3), List.of(2, 4, 5));
    }

    @Test
    void joiningAgainOrWithItselfChangesNothing() {
        UnionFind u = new UnionFind(3);
        u.union(2, 2);
        u.union(0, 2);
        u.union(2, 0);
        assertThat(u.groups()).containsExactly(List.of(0, 2), List.of(1));
    }

    @Test
    void groupsOfItemsFollowTheirIndices() {
        UnionFind u = new UnionFind(4);
        u.union(3, 0);
        assertThat(u.groups(List.of("a", "b", "c", "d"))).containsExactly(List.of("a", "d"), List.of("b"), List.of("c"));
        assertThat(new UnionFind(0).groups()).isEmpty();
    }

    @Test
    void rootsGiveEachItemItsGroupsSmallestMember() {
        UnionFind u = new UnionFind(5);
        u.union(4, 1);
        u.union(3, 4);
        assertThat(u.roots()).containsExactly(0, 1, 2, 1, 1);
    }
}
